package dev.kakuho.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kakuho.plan.FieldError;
import dev.kakuho.plan.InvalidPlanException;
import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.report.Report;
import dev.kakuho.report.ReportBuilder;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.NoRuleSetException;
import dev.kakuho.rules.RuleProblem;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetCache;
import dev.kakuho.rules.RuleSetException;
import dev.kakuho.rules.RuleSetLoader;
import dev.kakuho.rules.RuleSets;
import dev.kakuho.rules.RulesConfig;
import dev.kakuho.rules.Status;
import dev.kakuho.ruletests.RuleTestCase;
import dev.kakuho.ruletests.RuleTestResult;
import dev.kakuho.ruletests.RuleTests;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules command for policy staff, run as {@code bin/rules}:
 * <pre>
 *   bin/rules check [RULES_DIR]
 *   bin/rules evaluate PLAN.json [--rules RULES_DIR] [--format table|json] [--lang ja|en]
 * </pre>
 * {@code check} compiles and checks every rule set, runs every rule test, and prints which cases
 * exercise which status of each criterion; it fails when anything is wrong or not covered.
 * {@code evaluate} prints the report for a plan file against the rules on disk.
 */
public final class RulesCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final PrintStream out;

    RulesCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        // Outside the Quarkus runtime every log level is on, and Drools would format trace messages on
        // every evaluation: say what matters, warnings and errors.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(new RulesCommand(out).run(args));
    }

    int run(String[] args) {
        if (args.length >= 1 && "check".equals(args[0]) && args.length <= 2) {
            return check(Path.of(args.length == 2 ? args[1] : "rules"));
        }
        if (args.length >= 2 && "evaluate".equals(args[0])) {
            Path rules = Path.of("rules");
            String format = "table";
            Language language = Language.JA;
            for (int i = 2; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--rules" -> rules = Path.of(require(value));
                    case "--format" -> format = require(value);
                    case "--lang" -> language = Language.valueOf(require(value).toUpperCase(java.util.Locale.ROOT));
                    default -> {
                        return usage("unknown option " + args[i]);
                    }
                }
                i++;
            }
            if (!format.equals("table") && !format.equals("json")) {
                return usage("--format is table or json");
            }
            return evaluate(Path.of(args[1]), rules, format, language);
        }
        if (args.length >= 2 && "where".equals(args[0])) {
            Path rules = Path.of("rules");
            for (int i = 2; i < args.length; i += 2) {
                if (!"--rules".equals(args[i]) || i + 1 >= args.length) {
                    return usage("unknown option " + args[i]);
                }
                rules = Path.of(args[i + 1]);
            }
            return new WhereCommand(out).run(args[1], rules);
        }
        if (args.length >= 3 && "diff".equals(args[0])) {
            Path rules = args.length == 5 && "--rules".equals(args[3]) ? Path.of(args[4]) : Path.of("rules");
            if (args.length != 3 && args.length != 5) {
                return usage("diff takes two versions");
            }
            try {
                return new DiffCommand(out).run(args[1], args[2], rules);
            } catch (IllegalArgumentException e) {
                out.println(e.getMessage());
                return USAGE;
            }
        }
        if (args.length >= 1 && "impact".equals(args[0])) {
            return impact(args);
        }
        return usage(null);
    }

    private int impact(String[] args) {
        Path rules = Path.of("rules");
        Path examples = Path.of("examples");
        Path plans = null;
        String against = "HEAD";
        boolean json = false;
        Language language = Language.JA;
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--json" -> {
                    json = true;
                    continue;
                }
                case "--rules" -> rules = Path.of(require(value));
                case "--against" -> against = require(value);
                case "--plans" -> plans = Path.of(require(value));
                case "--examples" -> examples = Path.of(require(value));
                case "--lang" -> language = Language.valueOf(require(value).toUpperCase(java.util.Locale.ROOT));
                default -> {
                    return usage("unknown option " + args[i]);
                }
            }
            i++;
        }
        try {
            return new ImpactCommand(out, PlanReader.create()).run(rules, against, examples, plans, json, language);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return USAGE;
        }
    }

    private static String require(String value) {
        if (value == null) {
            throw new IllegalArgumentException("an option lacks its value");
        }
        return value;
    }

    private int usage(String problem) {
        if (problem != null) {
            out.println(problem);
        }
        out.println("""
                usage:
                  bin/rules check [RULES_DIR]
                      compile and check every rule set, run every rule test, show what the tests cover
                  bin/rules evaluate PLAN.json [--rules RULES_DIR] [--format table|json] [--lang ja|en]
                      print the report for a plan file against the rules on disk
                  bin/rules impact [--rules RULES_DIR] [--against DIR|GIT_REVISION] [--plans DIR] [--examples DIR] [--json] [--lang ja|en]
                      what the rules on disk change against a published version (default: HEAD) over the example plans
                      and a folder of plans: per plan the outcome before → after and each criterion that changed
                  bin/rules diff A B [--rules RULES_DIR]
                      parameters, criteria, clause texts and rules changed between two versions (directories or git revisions)
                  bin/rules where CLAUSE_OR_CRITERION [--rules RULES_DIR]
                      the criterion, rules, parameters and rule tests that implement a clause, e.g. 第3章第4節(2)""");
        return USAGE;
    }

    // ---- check

    /**
     * The command's own part of the rule cache ({@code RULES_CACHE_DIR}, default {@code data/rule-cache}, then
     * {@code cli/}): it runs another build of the code than the service (classes, not the packaged jar), so
     * the two keep their entries apart instead of replacing each other's. {@code RULES_CACHE_ENABLED=false}
     * keeps nothing.
     */
    static RuleSetCache cache() {
        String dir = System.getenv().getOrDefault("RULES_CACHE_DIR", RulesConfig.Cache.DEFAULT_DIR);
        return RuleSetCache.of(!"false".equalsIgnoreCase(System.getenv("RULES_CACHE_ENABLED")), Path.of(dir, "cli"));
    }

    int check(Path rulesDir) {
        RuleSetLoader loader = new RuleSetLoader(rulesDir, cache());
        List<Path> folders = loader.findRuleSets();
        if (folders.isEmpty()) {
            out.println("No rule sets under " + rulesDir.toAbsolutePath() + " (a rule set is a folder <material>/<revision>/ with "
                    + RuleSetLoader.MANIFEST + ").");
            return FAILED;
        }
        boolean allGood = true;
        for (Path folder : folders) {
            allGood &= checkOne(loader, rulesDir, folder);
        }
        out.println();
        out.println(allGood ? "All rule sets are good." : "Some rule sets need fixing: see above.");
        return allGood ? OK : FAILED;
    }

    private boolean checkOne(RuleSetLoader loader, Path rulesDir, Path folder) {
        String name = rulesDir.toAbsolutePath().normalize().relativize(folder.toAbsolutePath().normalize()).toString();
        out.println("== " + name);
        RuleSet ruleSet;
        try {
            long started = System.nanoTime();
            ruleSet = loader.load(folder);
            out.printf("Compiled and checked: %d rules deciding %d criteria, in %d ms.%n", ruleSet.rules().size(),
                    ruleSet.catalogue().criteria().size(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuleSetException e) {
            out.println("The rule set is refused:");
            for (RuleProblem problem : e.problems()) {
                out.println("  " + problem);
            }
            return false;
        }
        RuleTests tests = new RuleTests(ruleSet);
        List<RuleTestCase> cases;
        try {
            cases = tests.cases();
        } catch (RuleTests.RuleTestFormatException e) {
            out.println("A rule test file cannot be read: " + e.getMessage());
            return false;
        }
        List<RuleTestResult> failed = new ArrayList<>();
        for (RuleTestCase c : cases) {
            RuleTestResult result = tests.run(c);
            if (!result.passed()) {
                failed.add(result);
            }
        }
        out.printf("Rule tests: %d cases, %d passed, %d failed.%n", cases.size(), cases.size() - failed.size(), failed.size());
        for (RuleTestResult result : failed) {
            out.println("  FAILED " + result.testCase());
            result.failures().forEach(f -> out.println("      " + f));
        }
        RuleTests.Coverage coverage = tests.coverage(cases);
        out.println();
        out.println("Cases per criterion and status:");
        int width = ruleSet.catalogue().criteria().stream().mapToInt(c -> c.id().length()).max().orElse(10);
        coverage.exercised().forEach((criterion, byStatus) -> {
            String statuses = byStatus.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().size())
                    .collect(Collectors.joining(" · "));
            Object gap = coverage.gaps().get(criterion);
            out.printf("  %-" + width + "s  %s%s%n", criterion, statuses.isEmpty() ? "(no case)" : statuses,
                    gap == null ? "" : "   ← no case for " + gap);
        });
        int criteria = ruleSet.catalogue().criteria().size();
        List<String> noPass = coverage.withoutPassingCase();
        List<String> noFail = coverage.withoutFailingCase();
        out.println();
        out.printf("Clause coverage: %d of %d criteria have every status they can take exercised; "
                        + "%d without a passing case, %d without a failing case.%n",
                criteria - coverage.gaps().size(), criteria, noPass.size(), noFail.size());
        if (!noPass.isEmpty()) {
            out.println("  No passing case: " + String.join(", ", noPass));
        }
        if (!noFail.isEmpty()) {
            out.println("  No failing case: " + String.join(", ", noFail));
        }
        return failed.isEmpty() && coverage.gaps().isEmpty() && noPass.isEmpty() && noFail.isEmpty() && !cases.isEmpty();
    }

    // ---- evaluate

    int evaluate(Path planFile, Path rulesDir, String format, Language language) {
        Plan plan;
        try {
            plan = PlanReader.create().read(Files.readAllBytes(planFile));
        } catch (IOException e) {
            out.println("Cannot read " + planFile + ": " + e.getMessage());
            return USAGE;
        } catch (InvalidPlanException e) {
            out.println(planFile + " is not a valid plan: " + e.getMessage());
            for (FieldError error : e.errors()) {
                out.println("  " + (error.pointer().isEmpty() ? "(the whole plan)" : error.pointer()) + ": " + error.detail());
            }
            return USAGE;
        }
        RuleSetLoader loader = new RuleSetLoader(rulesDir, cache());
        List<RuleSet> loaded = new ArrayList<>();
        for (Path folder : loader.findRuleSets()) {
            try {
                loaded.add(loader.load(folder));
            } catch (RuleSetException e) {
                out.println("Skipping a rule set that does not load (run bin/rules check): " + folder);
            }
        }
        RuleSet ruleSet;
        try {
            ruleSet = RuleSets.select(loaded, plan.getMaterial(), plan.getApplicationDate());
        } catch (NoRuleSetException e) {
            out.println(e.getMessage());
            return USAGE;
        }
        Report report = new ReportBuilder().build(ruleSet, plan, ruleSet.evaluate(plan), language);
        if ("json".equals(format)) {
            try {
                out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(report));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            printTable(report);
        }
        return OK;
    }

    private void printTable(Report report) {
        out.printf("Plan %s · %s · %s · rule set %s %s (%s)%n", report.planId(), report.activity(), report.mineral(),
                report.ruleSet().id(), report.ruleSet().revision(), report.ruleSet().contentHash());
        String counts = report.summary().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
        out.printf("Outcome: %s   (%s)%n%n", report.outcome(), counts);
        int width = report.criteria().stream().mapToInt(c -> c.id().length()).max().orElse(10);
        for (Report.CriterionResult c : report.criteria()) {
            out.printf("%-14s %-" + width + "s  %s%n", c.status(), c.id(), c.clause().ref());
            if (c.status() != Status.NOT_APPLICABLE || report.criteria().size() < 20) {
                out.println("               " + " ".repeat(width) + "  " + c.reason());
            }
            if (!c.missing().isEmpty()) {
                out.println("               " + " ".repeat(width) + "  missing: " + String.join(", ", c.missing()));
            }
            for (Report.Finding f : c.findings()) {
                out.println("               " + " ".repeat(width) + "  · " + f.status() + " " + f.subject() + ": " + f.reason());
            }
        }
        if (!report.reviewItems().isEmpty()) {
            out.println();
            out.println("For the reviewer to judge:");
            for (Report.ReviewItem item : report.reviewItems()) {
                out.println("  [ ] " + item.criterion() + " (" + item.clauseRef() + ", leans " + item.leaning() + "): " + item.note());
            }
        }
        if (report.warnings() != null) {
            out.println();
            report.warnings().forEach(w -> out.println("WARNING " + w));
        }
    }

    /** For tests: the same command, its output captured. */
    static Map.Entry<Integer, String> capture(String... args) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        int code = new RulesCommand(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(args);
        return Map.entry(code, buffer.toString(StandardCharsets.UTF_8));
    }
}
