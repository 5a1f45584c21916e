package dev.kakuho.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kakuho.rules.RulesCopy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    @Test
    void checkPassesOnTheProjectsRulesAndPrintsCoverage() {
        Map.Entry<Integer, String> result = RulesCommand.capture("check", "rules");
        assertEquals(RulesCommand.OK, result.getKey(), result.getValue());
        assertTrue(result.getValue().contains("Compiled and checked: "), result.getValue());
        assertTrue(result.getValue().matches("(?s).*Rule tests: \\d+ cases, \\d+ passed, 0 failed\\..*"), result.getValue());
        assertTrue(result.getValue().matches("(?s).*\\n  period\\.mine +FAIL \\d+ · MISSING \\d+ · REVIEW \\d+ · PASS \\d+ · NOT_APPLICABLE \\d+\\n.*"),
                result.getValue());
        assertTrue(result.getValue().contains("Clause coverage: 59 of 59 criteria have every status they can take exercised; "
                + "0 without a passing case, 0 without a failing case."), result.getValue());
    }

    @Test
    void checkFailsOnABrokenEditAndSaysWhere() {
        RulesCopy rules = RulesCopy.create();
        String drl = RulesCopy.REVISION + "/s3-stability.drl";
        rules.replace(drl, "Plan(supplyStability.capacityPlan == true)", "Plan(supplyStability.capacityPlan == true");
        Map.Entry<Integer, String> result = RulesCommand.capture("check", rules.root().toString());
        assertEquals(RulesCommand.FAILED, result.getKey());
        assertTrue(result.getValue().contains("The rule set is refused:"), result.getValue());
        assertTrue(result.getValue().contains(drl + ":"), result.getValue());
    }

    @Test
    void checkFailsWhenARuleTestFailsAndNamesIt() {
        RulesCopy rules = RulesCopy.create();
        rules.write(RulesCopy.REVISION + "/tests/zz-wrong.yaml", """
                cases:
                  - name: A deliberately wrong expectation is reported with its file and line
                    plan: mine-development
                    expect: {period.mine: FAIL}
                """);
        Map.Entry<Integer, String> result = RulesCommand.capture("check", rules.root().toString());
        assertEquals(RulesCommand.FAILED, result.getKey());
        assertTrue(result.getValue().contains("FAILED zz-wrong.yaml:2 A deliberately wrong expectation"), result.getValue());
        assertTrue(result.getValue().contains("period.mine: status expected FAIL, got PASS — 第3章第4節(2): "), result.getValue());
    }

    @Test
    void evaluatePrintsTheReportAsATableOrJson() {
        Map.Entry<Integer, String> table = RulesCommand.capture("evaluate", "examples/mine-development/lithium-mine.plan.json",
                "--lang", "en");
        assertEquals(RulesCommand.OK, table.getKey(), table.getValue());
        assertTrue(table.getValue().contains("Outcome: PASS"), table.getValue());
        assertTrue(table.getValue().matches("(?s).*PASS +period\\.mine +第3章第4節\\(2\\).*"), table.getValue());
        assertTrue(table.getValue().contains("For the reviewer to judge:"), table.getValue());

        Map.Entry<Integer, String> json = RulesCommand.capture("evaluate", "examples/mine-development/lithium-mine.plan.json",
                "--format", "json");
        assertEquals(RulesCommand.OK, json.getKey());
        assertTrue(json.getValue().contains("\"outcome\" : \"PASS\""), json.getValue());
        assertTrue(json.getValue().contains("\"language\" : \"ja\""), json.getValue());
    }

    @Test
    void evaluateTriesARuleChangeBeforeItIsPublished() {
        RulesCopy rules = RulesCopy.create();
        rules.replace(RulesCopy.REVISION + "/parameters.yaml", "「生産が開始された時点からの期間は、5 年以上」\n  value: 5",
                "「生産が開始された時点からの期間は、5 年以上」\n  value: 7");
        Map.Entry<Integer, String> result = RulesCommand.capture("evaluate", "examples/mine-development/lithium-mine.plan.json",
                "--rules", rules.root().toString(), "--lang", "en");
        assertTrue(result.getValue().contains("Outcome: FAIL"), result.getValue());
        assertTrue(result.getValue().matches("(?s).*FAIL +period\\.mine.*"), result.getValue());
    }

    @Test
    void evaluateNamesTheFieldsOfAnInvalidPlan() throws Exception {
        java.nio.file.Path plan = java.nio.file.Files.createTempFile("plan", ".json");
        java.nio.file.Files.writeString(plan, "{\"planId\": \"X\", \"applicationDate\": \"2026-02-30\"}");
        Map.Entry<Integer, String> result = RulesCommand.capture("evaluate", plan.toString());
        assertEquals(RulesCommand.USAGE, result.getKey());
        assertTrue(result.getValue().contains("/applicationDate: is not a date that exists"), result.getValue());
        assertTrue(result.getValue().contains("/activity: is required"), result.getValue());
    }

    @Test
    void unknownUsageExplainsItself() {
        Map.Entry<Integer, String> result = RulesCommand.capture("publish");
        assertEquals(RulesCommand.USAGE, result.getKey());
        assertTrue(result.getValue().contains("bin/rules check"));
    }

    @Test
    void impactOfSixYearsOfMineProductionNamesTheMinePlansAndOnlyThem() throws Exception {
        RulesCopy rules = RulesCopy.create();
        String parameters = RulesCopy.REVISION + "/parameters.yaml";
        rules.write(parameters, rules.read(parameters)
                .replaceFirst("(periods\\.mine\\.minimumYears:[^\\n]*\\n(?:  [^\\n]*\\n)*?  value: )5", "$16"));
        Map.Entry<Integer, String> result = RulesCommand.capture("impact", "--rules", rules.root().toString(), "--against", "rules",
                "--json", "--lang", "en");
        assertEquals(RulesCommand.OK, result.getKey(), result.getValue());
        com.fasterxml.jackson.databind.JsonNode impact = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.getValue()).get(0);
        java.util.Set<String> changed = new java.util.TreeSet<>();
        impact.path("plans").forEach(p -> {
            changed.add(p.path("source").asText());
            p.path("criteria").forEach(c -> assertEquals("period.mine", c.path("id").asText(), c.toString()));
        });
        assertEquals(dev.kakuho.api.PublishingExamples.minePlansWithProduction(), changed);

        Map.Entry<Integer, String> table = RulesCommand.capture("impact", "--rules", rules.root().toString(), "--against", "rules");
        assertTrue(table.getValue().contains("period.mine"), table.getValue());
        assertTrue(table.getValue().contains(changed.size() + " change"), table.getValue());

        Map.Entry<Integer, String> diff = RulesCommand.capture("diff", "rules", rules.root().toString());
        assertTrue(diff.getValue().contains("periods.mine.minimumYears (第3章第4節(2)): 5 → 6"), diff.getValue());
        assertTrue(!diff.getValue().contains("Rules:"), "no rule changed: " + diff.getValue());
    }

    @Test
    void diffNamesRulesEditedAddedAndRemoved() {
        RulesCopy rules = RulesCopy.create();
        String drl = RulesCopy.REVISION + "/s4-periods.drl";
        rules.replace(drl, "rule \"OperationPeriodTooShort\"", "rule \"OperationPeriodShort\"");
        Map.Entry<Integer, String> diff = RulesCommand.capture("diff", "rules", rules.root().toString());
        assertTrue(diff.getValue().contains("+ OperationPeriodShort added at s4-periods.drl:"), diff.getValue());
        assertTrue(diff.getValue().contains("- OperationPeriodTooShort removed"), diff.getValue());
    }

    @Test
    void whereFindsTheCriterionRulesParametersAndTestsOfAClause() {
        Map.Entry<Integer, String> result = RulesCommand.capture("where", "第3章第4節(2)");
        assertEquals(RulesCommand.OK, result.getKey(), result.getValue());
        String out = result.getValue();
        assertTrue(out.contains("period.mine  第3章第4節(2)"), out);
        assertTrue(out.matches("(?s).*clause +clauses\\.yaml:\\d+ .*"), out);
        assertTrue(out.matches("(?s).*s4-periods\\.drl:\\d+  OperationPeriodTooShort.*"), out);
        assertTrue(out.matches("(?s).*parameters\\.yaml:\\d+  periods\\.mine\\.minimumYears = .*"), out);
        assertTrue(out.matches("(?s).*tests/s4-periods\\.yaml:\\d+  .*"), out);

        Map.Entry<Integer, String> finer = RulesCommand.capture("where", "第3章第6節(3)(エ)(v)");
        assertEquals(RulesCommand.OK, finer.getKey(), finer.getValue());
        assertTrue(finer.getValue().contains("it is part of 第3章第6節(3)(エ)"), finer.getValue());
        assertTrue(finer.getValue().contains("transfer.capacityIncreaseThresholdPercent"), finer.getValue());
    }
}
