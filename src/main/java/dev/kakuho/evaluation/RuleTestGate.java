package dev.kakuho.evaluation;

import dev.kakuho.rules.RuleProblem;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetGate;
import dev.kakuho.rules.RuleSetLoader;
import dev.kakuho.ruletests.RuleTestCase;
import dev.kakuho.ruletests.RuleTestResult;
import dev.kakuho.ruletests.RuleTests;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate rule set passes when every one of its rule tests ({@code tests/*.yaml}) passes: each
 * failure is a problem naming the test's file and line, the criterion, and what it expected and got.
 */
@ApplicationScoped
public class RuleTestGate implements RuleSetGate {

    @Override
    public List<RuleProblem> check(RuleSet candidate) {
        return problems(candidate, folderName(candidate));
    }

    /** The rule-test problems of a rule set, its files named under {@code folder} (as the loader names them). */
    public static List<RuleProblem> problems(RuleSet candidate, String folder) {
        String tests = (folder.isEmpty() ? "" : folder + "/") + RuleSetLoader.TESTS + "/";
        RuleTests suite = new RuleTests(candidate);
        List<RuleTestCase> cases;
        try {
            cases = suite.cases();
        } catch (RuleTests.RuleTestFormatException e) {
            return List.of(new RuleProblem(tests, 0, "a rule test file cannot be read: " + e.getMessage(), RuleProblem.RULE_TEST));
        }
        if (cases.isEmpty()) {
            return List.of(new RuleProblem(tests, 0, "no rule tests: a rule set shows that its rules work by its cases in "
                    + RuleSetLoader.TESTS + "/*.yaml", RuleProblem.RULE_TEST));
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleTestResult result : cases.parallelStream().map(suite::run).toList()) {
            RuleTestCase testCase = result.testCase();
            for (RuleTestResult.Difference difference : result.differences()) {
                problems.add(new RuleProblem(tests + testCase.file(), testCase.line(),
                        "rule test \"" + testCase.name() + "\": " + difference, RuleProblem.RULE_TEST, difference.criterion(),
                        difference.expected(), difference.got()));
            }
        }
        return problems;
    }

    /** The folder as {@code <material>/<revision>}, the way problems name files. */
    private static String folderName(RuleSet ruleSet) {
        Path dir = ruleSet.directory();
        int count = dir.getNameCount();
        return count >= 2 ? dir.getName(count - 2) + "/" + dir.getName(count - 1) : dir.getFileName().toString();
    }
}
