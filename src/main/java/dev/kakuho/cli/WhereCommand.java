package dev.kakuho.cli;

import dev.kakuho.rules.Criterion;
import dev.kakuho.rules.DrlParsing;
import dev.kakuho.rules.Parameters;
import dev.kakuho.rules.RuleInfo;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetException;
import dev.kakuho.rules.RuleSetLoader;
import dev.kakuho.rules.RuleTexts;
import dev.kakuho.ruletests.RuleTestCase;
import dev.kakuho.ruletests.RuleTests;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/rules where 第3章第6節(3)(エ)(v)}: the criteria that implement a clause (or a criterion id),
 * with the rules that decide them, the parameters they read and the rule tests that exercise them,
 * each with its file and line. A reference finer than any criterion's (an item of a list the catalogue
 * cites as a whole) finds the criterion that covers it; a coarser one (a section) finds all of its criteria.
 */
final class WhereCommand {

    private static final Pattern PARAMETER_USE = Pattern.compile("params\\s*\\.\\s*\\w+\\s*\\(\\s*\"([^\"]*)\"");

    private final PrintStream out;

    WhereCommand(PrintStream out) {
        this.out = out;
    }

    int run(String query, Path rulesDir) {
        RuleSetLoader loader = new RuleSetLoader(rulesDir);
        List<Path> folders = loader.findRuleSets();
        if (folders.isEmpty()) {
            out.println("No rule sets under " + rulesDir.toAbsolutePath() + ".");
            return RulesCommand.FAILED;
        }
        boolean found = false;
        for (Path folder : folders) {
            String name = rulesDir.toAbsolutePath().normalize().relativize(folder.toAbsolutePath().normalize()).toString()
                    .replace('\\', '/');
            RuleSet ruleSet;
            try {
                ruleSet = loader.load(folder);
            } catch (RuleSetException e) {
                out.println("== " + name + ": does not load (run bin/rules check); skipped");
                continue;
            }
            Match match = match(ruleSet.catalogue().criteria(), query);
            if (match.criteria().isEmpty()) {
                continue;
            }
            found = true;
            out.println("== " + name);
            if (match.note() != null) {
                out.println(match.note());
            }
            print(folder, ruleSet, match.criteria());
        }
        if (!found) {
            out.println("No criterion cites " + query + " or is named so. Clause references look like 第3章第4節(2); ids like period.mine.");
            return RulesCommand.FAILED;
        }
        return RulesCommand.OK;
    }

    /** The criteria a query names, and a note when they only cover it (a finer reference) or it covers several. */
    record Match(List<Criterion> criteria, String note) {
    }

    static Match match(List<Criterion> criteria, String query) {
        String q = normalise(query);
        List<Criterion> exact = criteria.stream().filter(c -> normalise(c.ref()).equals(q) || c.id().equals(query.strip())).toList();
        if (!exact.isEmpty()) {
            return new Match(exact, null);
        }
        List<Criterion> within = criteria.stream().filter(c -> normalise(c.ref()).startsWith(q)).toList();
        if (!within.isEmpty()) {
            return new Match(within, "Criteria under " + query + ":");
        }
        String longest = null;
        for (Criterion c : criteria) {
            String ref = normalise(c.ref());
            if (q.startsWith(ref) && (longest == null || ref.length() > longest.length())) {
                longest = ref;
            }
        }
        if (longest == null) {
            return new Match(List.of(), null);
        }
        String covering = longest;
        List<Criterion> covers = criteria.stream().filter(c -> normalise(c.ref()).equals(covering)).toList();
        return new Match(covers, "No criterion cites " + query + " by itself; it is part of " + covers.get(0).ref() + ":");
    }

    /** Full-width parentheses and spaces as written in the policy text read the same as ASCII ones. */
    static String normalise(String ref) {
        return ref.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }

    private void print(Path folder, RuleSet ruleSet, List<Criterion> criteria) {
        String clauses = read(folder.resolve(RuleSetLoader.CLAUSES));
        String parametersText = read(folder.resolve(RuleSetLoader.PARAMETERS));
        Map<String, String> drl = new LinkedHashMap<>();
        ruleSet.rules().values().stream().map(r -> r.location().file()).distinct()
                .forEach(file -> drl.put(file, read(folder.resolve(file))));
        Map<String, RuleTexts.RuleText> texts = RuleTexts.of(drl, (DrlParsing.ProblemSink) (f, l, m) -> { });
        List<RuleTestCase> cases;
        try {
            cases = new RuleTests(ruleSet).cases();
        } catch (RuleTests.RuleTestFormatException e) {
            cases = List.of();
            out.println("(a rule test file cannot be read: " + e.getMessage() + ")");
        }
        for (Criterion criterion : criteria) {
            out.println();
            out.printf("%s  %s%n", criterion.id(), criterion.ref());
            out.printf("  clause      %s:%d  %s%n", RuleSetLoader.CLAUSES, lineOf(clauses, "id: " + criterion.id()), criterion.summary());
            out.println("              「" + criterion.text().strip().replaceAll("\\s*\\R\\s*", "") + "」");
            List<RuleInfo> rules = ruleSet.rules().values().stream()
                    .filter(r -> r.criteriaByActivity().values().stream().anyMatch(ids -> ids.contains(criterion.id())))
                    .sorted(java.util.Comparator.comparing((RuleInfo r) -> r.location().file()).thenComparingInt(r -> r.location().line()))
                    .toList();
            Set<String> used = new LinkedHashSet<>();
            String label = "rules";
            for (RuleInfo rule : rules) {
                out.printf("  %-11s %s  %s%s%n", label, rule.location(), rule.name(), rule.derives() ? " (derives a fact)" : "");
                label = "";
                RuleTexts.RuleText text = texts.get(rule.name());
                if (text != null) {
                    Matcher use = PARAMETER_USE.matcher(text.text());
                    while (use.find()) {
                        used.add(use.group(1));
                    }
                }
            }
            if (rules.isEmpty()) {
                out.println("  rules       (none)");
            }
            Parameters parameters = ruleSet.parameters();
            parameters.all().values().stream()
                    .filter(p -> p.ref() != null && normalise(p.ref()).equals(normalise(criterion.ref())))
                    .forEach(p -> used.add(p.name()));
            label = "parameters";
            for (String name : used) {
                Parameters.Parameter p = parameters.parameter(name);
                if (p != null) {
                    out.printf("  %-11s %s:%d  %s = %s (%s)%n", label, RuleSetLoader.PARAMETERS, lineOf(parametersText, name + ":"),
                            name, p.value(), p.ref());
                    label = "";
                }
            }
            if (used.isEmpty()) {
                out.println("  parameters  (none)");
            }
            label = "rule tests";
            int shown = 0;
            for (RuleTestCase c : cases) {
                if (c.expect().containsKey(criterion.id()) || c.missing().containsKey(criterion.id())
                        || c.facts().containsKey(criterion.id()) || c.findings().containsKey(criterion.id())) {
                    String expected = c.expect().getOrDefault(criterion.id(), "");
                    out.printf("  %-11s %s/%s:%d  %s%s%n", label, RuleSetLoader.TESTS, c.file(), c.line(), c.name(),
                            expected.isEmpty() ? "" : " → " + expected);
                    label = "";
                    shown++;
                }
            }
            if (shown == 0) {
                out.println("  rule tests  (none)");
            }
        }
    }

    private static int lineOf(String text, String needle) {
        Matcher at = Pattern.compile("(?m)^[ \\t]*(?:- )?" + Pattern.quote(needle) + "[ \\t]*$").matcher(text);
        return at.find() ? (int) text.substring(0, at.start()).chars().filter(ch -> ch == '\n').count() + 1 : 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
