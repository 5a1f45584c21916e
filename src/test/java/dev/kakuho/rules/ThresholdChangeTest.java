package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakuho.ruletests.RuleTestCase;
import dev.kakuho.ruletests.RuleTestExpressions;
import dev.kakuho.ruletests.RuleTests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Changing a threshold as rules/README.md describes ("edit its value in parameters.yaml") needs no
 * edit of the rule tests: the cases at each limit state their figures from the parameters, so they
 * move with them, while an edit that really breaks a rule still fails them.
 */
class ThresholdChangeTest {

    private static final String PARAMETERS = RulesCopy.REVISION + "/parameters.yaml";
    private static final String PERIODS_DRL = RulesCopy.REVISION + "/s4-periods.drl";

    /** Sets the value of one parameter of the copy's parameters.yaml, as policy staff would. */
    private static void setParameter(RulesCopy rules, String name, String from, String to) {
        String text = rules.read(PARAMETERS);
        int at = text.indexOf("\n" + name + ":\n");
        int value = text.indexOf("  value: " + from + "\n", at);
        assertTrue(at >= 0 && value > at && value - at < 400, name + " with value " + from + " in parameters.yaml");
        rules.write(PARAMETERS, text.substring(0, value) + "  value: " + to + text.substring(value + ("  value: " + from).length()));
    }

    private static List<String> failures(RulesCopy rules) throws RuleSetException {
        RuleTests suite = new RuleTests(new RuleSetLoader(rules.root()).load(rules.file(RulesCopy.REVISION)));
        List<RuleTestCase> cases = suite.cases();
        assertTrue(cases.size() > 300, "the whole suite runs: " + cases.size());
        return cases.stream().map(suite::run).filter(r -> !r.passed())
                .map(r -> r.testCase() + ": " + String.join("; ", r.failures())).toList();
    }

    private static RulesCopy withChangedThresholds() {
        RulesCopy rules = RulesCopy.create();
        setParameter(rules, "periods.mine.minimumYears", "5", "7");
        setParameter(rules, "periods.refining.minimumYears", "5", "8");
        setParameter(rules, "periods.exploration.maximumYears", "5", "4");
        setParameter(rules, "periods.technology.maximumYears", "5", "4");
        setParameter(rules, "transfer.capacityIncreaseThresholdPercent", "10", "20");
        setParameter(rules, "transfer.localConsumptionExemptionPercent", "85", "80");
        setParameter(rules, "transfer.violationLookbackYears", "5", "3");
        return rules;
    }

    @Test
    void everyRuleTestPassesAfterTheThresholdsChangeWithoutEditingATest() throws RuleSetException {
        RulesCopy rules = withChangedThresholds();
        assertEquals(List.of(), failures(rules), "rule tests that did not absorb the new thresholds");
    }

    @Test
    void theCasesAtTheLimitMovedWithTheThreshold() throws RuleSetException {
        RulesCopy rules = withChangedThresholds();
        RuleTests suite = new RuleTests(new RuleSetLoader(rules.root()).load(rules.file(RulesCopy.REVISION)));
        RuleTestCase dayShort = suite.cases().stream()
                .filter(c -> c.name().startsWith("A mine whose plan ends the day before its minimum period")).findFirst().orElseThrow();
        String plan = new String(suite.planBytes(dayShort), java.nio.charset.StandardCharsets.UTF_8);
        // production from 2028-04-01: seven years end on 2035-03-31, so a day short ends on 2035-03-30
        assertTrue(plan.contains("\"end\":\"2035-03-30\""), plan);
    }

    @Test
    void anOffByOneEditOfTheMinimumPeriodRuleStillFailsTheCasesAtTheLimit() throws RuleSetException {
        RulesCopy rules = withChangedThresholds();
        rules.replace(PERIODS_DRL, "$required : LocalDate($end < this) from lastDayOfYears($operation, $years)",
                "$required : LocalDate($end <= this) from lastDayOfYears($operation, $years)");
        List<String> failed = failures(rules);
        assertTrue(failed.stream().anyMatch(f -> f.contains("s4-periods.yaml")
                && f.contains("runs exactly the minimum and passes") && f.contains("period.mine: status expected PASS, got FAIL")), String.join("\n", failed));
    }

    @Test
    void aRuleThatWritesTheOldNumberInsteadOfReadingTheParameterFails() throws RuleSetException {
        RulesCopy rules = withChangedThresholds();
        rules.replace(PERIODS_DRL, "params.integer(\"periods.mine.minimumYears\")", "5");
        List<String> failed = failures(rules);
        assertTrue(failed.stream().anyMatch(f -> f.contains("A mine whose plan ends the day before its minimum period")
                && f.contains("expected FAIL, got PASS")), String.join("\n", failed));
    }

    @Test
    void anExpressionIsWorkedOutFromTheParametersAndThePlan() throws RuleSetException {
        Parameters parameters = new RuleSetLoader(java.nio.file.Path.of("rules")).load(java.nio.file.Path.of("rules", RulesCopy.REVISION))
                .parameters().with(Map.of("periods.mine.minimumYears", IntNode.valueOf(7)));
        ObjectNode plan = JsonNodeFactory.instance.objectNode();
        plan.putObject("period").put("productionStart", "2028-04-01");
        RuleTestExpressions expressions = new RuleTestExpressions(parameters, plan);
        assertEquals("2035-03-31", expressions.evaluate("/period/productionStart + periods.mine.minimumYears years - 1 day").asText());
        assertEquals("2028-10-01", expressions.evaluate("2028-04-01 + 6 months").asText());
        assertEquals(10.01, expressions.evaluate("transfer.capacityIncreaseThresholdPercent + 0.01").doubleValue());
        assertEquals(7, expressions.evaluate("periods.mine.minimumYears").intValue());
        for (String wrong : List.of("periods.mine.minimumYear + 1", "/period/end + 1 day", "2028-04-01 + 1", "1 year",
                "2028-04-01+1 day", "minerals.forTheTimeBeing")) {
            try {
                expressions.evaluate(wrong);
                throw new AssertionError("'" + wrong + "' should be refused");
            } catch (RuleTests.RuleTestFormatException e) {
                assertTrue(e.getMessage().startsWith("'= "), e.getMessage());
            }
        }
    }

    @Test
    void aCaseWithAWrongExpressionFailsAndSaysWhy() throws RuleSetException {
        RulesCopy rules = RulesCopy.create();
        rules.replace(RulesCopy.REVISION + "/tests/s4-periods.yaml",
                "/period/end: \"= /period/productionStart + periods.mine.minimumYears years - 2 days\"}",
                "/period/end: \"= /period/productionStart + periods.mine.minimumYaers years - 2 days\"}");
        List<String> failed = failures(rules);
        assertTrue(!failed.isEmpty(), "the cases with the misspelt parameter fail");
        failed.forEach(f -> assertTrue(f.contains("names 'periods.mine.minimumYaers', neither a parameter"), f));
    }
}
