package dev.kakuho.cli;

import dev.kakuho.rules.RuleSetDiff;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/rules diff A B}: what changed between two versions of the rules, each a directory (a
 * rules directory or one rule-set folder) or a git revision of the rules directory.
 */
final class DiffCommand {

    private final PrintStream out;

    DiffCommand(PrintStream out) {
        this.out = out;
    }

    /** The diffs per rule-set folder (by its path under the rules directory, or "." for a lone folder). */
    static Map<String, RuleSetDiff> diff(Path before, Path after) {
        Map<String, Path> a = byName(before);
        Map<String, Path> b = byName(after);
        Map<String, RuleSetDiff> diffs = new LinkedHashMap<>();
        for (String name : a.keySet()) {
            if (b.containsKey(name)) {
                diffs.put(name, RuleSetDiff.between(a.get(name), b.get(name)));
            }
        }
        return diffs;
    }

    int run(String beforeSpec, String afterSpec, Path rulesDir) {
        Path before = RuleSources.resolve(beforeSpec, rulesDir);
        Path after = RuleSources.resolve(afterSpec, rulesDir);
        Map<String, Path> a = byName(before);
        Map<String, Path> b = byName(after);
        a.keySet().stream().filter(n -> !b.containsKey(n)).forEach(n -> out.println("Rule set removed: " + n));
        b.keySet().stream().filter(n -> !a.containsKey(n)).forEach(n -> out.println("Rule set added: " + n));
        boolean any = false;
        for (Map.Entry<String, RuleSetDiff> entry : diff(before, after).entrySet()) {
            RuleSetDiff diff = entry.getValue();
            out.println("== " + entry.getKey() + " (" + beforeSpec + " → " + afterSpec + ")");
            diff.problems().forEach(p -> out.println("  cannot read: " + p));
            if (diff.isEmpty()) {
                out.println("  No change to parameters, criteria, clauses or rules.");
                continue;
            }
            any = true;
            if (!diff.parameters().isEmpty()) {
                out.println("  Parameters:");
                for (RuleSetDiff.ParameterChange p : diff.parameters()) {
                    out.printf("    %s (%s): %s → %s%n", p.name(), p.ref(), p.before() == null ? "(none)" : p.before(),
                            p.after() == null ? "(removed)" : p.after());
                }
            }
            if (!diff.criteria().isEmpty()) {
                out.println("  Criteria and clauses:");
                for (RuleSetDiff.CriterionChange c : diff.criteria()) {
                    switch (c.change()) {
                        case "added" -> out.printf("    + %s (%s) added: %s%n", c.id(), c.ref(), c.after());
                        case "removed" -> out.printf("    - %s (%s) removed%n", c.id(), c.ref());
                        default -> out.printf("    ~ %s (%s) %s:%n        was: %s%n        now: %s%n", c.id(), c.ref(), c.change(),
                                c.before(), c.after());
                    }
                }
            }
            if (!diff.rules().isEmpty()) {
                out.println("  Rules:");
                for (RuleSetDiff.RuleChange r : diff.rules()) {
                    switch (r.change()) {
                        case "added" -> out.printf("    + %s added at %s%n", r.name(), r.after());
                        case "removed" -> out.printf("    - %s removed (was at %s)%n", r.name(), r.before());
                        default -> out.printf("    ~ %s edited (%s)%n", r.name(), r.after());
                    }
                }
            }
        }
        if (!any) {
            out.println("No differences.");
        }
        return RulesCommand.OK;
    }

    private static Map<String, Path> byName(Path dir) {
        Map<String, Path> byName = new LinkedHashMap<>();
        List<Path> folders = RuleSources.ruleSetFolders(dir);
        for (Path folder : folders) {
            byName.put(folder.equals(dir) ? "." : dir.relativize(folder).toString().replace('\\', '/'), folder);
        }
        if (byName.containsKey(".")) {
            return byName;
        }
        return byName;
    }
}
