package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kakuho.ruletests.RuleTestCase;
import dev.kakuho.ruletests.RuleTestResult;
import dev.kakuho.ruletests.RuleTests;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the rule tests that live beside every rule set under {@code rules/} (each rule set's
 * {@code tests/*.yaml}), and checks they exercise every status every criterion can take.
 */
class RuleTestSuiteTest {

    private static final Path RULES = Path.of("rules");
    private static Map<Path, RuleTests> suites;

    static synchronized Map<Path, RuleTests> suites() throws RuleSetException {
        if (suites == null) {
            RuleSetLoader loader = new RuleSetLoader(RULES);
            Map<Path, RuleTests> loaded = new LinkedHashMap<>();
            for (Path folder : loader.findRuleSets()) {
                loaded.put(folder, new RuleTests(loader.load(folder)));
            }
            suites = loaded;
        }
        return suites;
    }

    static Stream<Arguments> ruleTests() throws RuleSetException {
        List<Arguments> all = new ArrayList<>();
        for (RuleTests suite : suites().values()) {
            for (RuleTestCase c : suite.cases()) {
                all.add(Arguments.of(Named.of(c.toString(), c), suite));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleTests")
    void ruleTest(RuleTestCase testCase, RuleTests suite) {
        RuleTestResult result = suite.run(testCase);
        if (!result.passed()) {
            fail(String.join("\n", result.failures()));
        }
    }

    @Test
    void everyRuleSetHasRuleTests() throws RuleSetException {
        assertTrue(!suites().isEmpty(), "no rule sets under " + RULES.toAbsolutePath());
        suites().forEach((folder, suite) -> assertTrue(!suite.cases().isEmpty(), folder + " has no rule tests"));
    }

    @Test
    void everyStatusOfEveryCriterionIsExercised() throws RuleSetException {
        for (Map.Entry<Path, RuleTests> entry : suites().entrySet()) {
            RuleTests.Coverage coverage = entry.getValue().coverage(entry.getValue().cases());
            StringBuilder gaps = new StringBuilder();
            coverage.gaps().forEach((criterion, statuses) -> gaps.append("\n  ").append(criterion).append(": no case expects ").append(statuses));
            assertEquals("", gaps.toString(), entry.getKey() + ": statuses that no rule test exercises");
        }
    }
}
