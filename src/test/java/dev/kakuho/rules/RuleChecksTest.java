package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kakuho.plan.Activity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The load checks, each on its own, without compiling a rule set. */
class RuleChecksTest {

    private static final Criterion MINE_PERIOD = new Criterion("period.mine", "s4", "第3章第4節(2)", "text", "summary",
            List.of(Status.PASS, Status.FAIL), Set.of(Activity.MINE_DEVELOPMENT), List.of());
    private static final Criterion MINE_PROFIT = new Criterion("mine.profit-repayment", "s5", "第3章第5節", "text", "summary",
            List.of(Status.PASS), Set.of(Activity.MINE_DEVELOPMENT), List.of());
    private static final Catalogue CATALOGUE = new Catalogue(List.of(
            new Section("s4", "第3章第4節", "期間", "Period", List.of(MINE_PERIOD)),
            new Section("s5", "第3章第5節", "採算", "Economics", List.of(MINE_PROFIT))));

    private static LoadProblems problems() {
        return new LoadProblems(Path.of("/rules"), Path.of("/rules/m/r"));
    }

    @Test
    void aRuleNameDefinedTwiceIsReportedAtItsSecondPlace() {
        LoadProblems problems = problems();
        Map<String, RuleInfo.Location> locations = DrlScan.ruleLocations(Map.of(
                "s4-periods.drl", "package p;\n\nrule \"A\"\nwhen\nthen\nend\n\nrule \"A\"\nwhen\nthen\nend\n"), problems);
        assertEquals(new RuleInfo.Location("s4-periods.drl", 3), locations.get("A"));
        assertEquals(List.of(new RuleProblem("m/r/s4-periods.drl", 8, "rule \"A\" is already defined at s4-periods.drl:3")),
                problems.list());
    }

    @Test
    void aParameterReadIsFoundWithItsLineAndKind() {
        List<DrlScan.ParameterUse> uses = DrlScan.parameterUses(Map.of("s4-periods.drl",
                "rule \"A\"\nwhen\n  eval(x < params.integer(\"periods.mine.minimumYears\"))\nthen\nend\n"));
        assertEquals(List.of(new DrlScan.ParameterUse("s4-periods.drl", 3, "integer", "periods.mine.minimumYears")), uses);
    }

    @Test
    void aRuleMayDecideOnlyTheCriteriaOfTheSectionItsFileIsNamedAfter() {
        assertTrue(RuleMetadataCheck.inSectionOfFile(MINE_PERIOD, "s4-periods.drl", CATALOGUE));
        assertFalse(RuleMetadataCheck.inSectionOfFile(MINE_PERIOD, "s5-economics.drl", CATALOGUE));
        assertTrue(RuleMetadataCheck.inSectionOfFile(MINE_PERIOD, "shared.drl", CATALOGUE), "a file named after no section");
    }

    @Test
    void aFamilyCriterionResolvesToEachActivitysOwn() {
        LoadProblems problems = problems();
        Map<Activity, List<String>> decides = RuleMetadataCheck.resolve("*.profit-repayment, period.mine", CATALOGUE,
                "rule \"A\"", new RuleInfo.Location("s5-economics.drl", 7), problems);
        assertEquals(List.of("mine.profit-repayment", "period.mine"), decides.get(Activity.MINE_DEVELOPMENT));
        assertEquals(List.of(new RuleProblem("m/r/s5-economics.drl", 7,
                "rule \"A\" decides period.mine of section s4 (第3章第4節(2)); put it in that section's file")), problems.list());
    }

    @Test
    void aCriterionWithoutADecidingRuleIsReportedAtItsLineInTheClauses() {
        LoadProblems problems = problems();
        RuleInfo derivesOnly = new RuleInfo("Derived", "period.mine", Map.of(Activity.MINE_DEVELOPMENT, List.of("period.mine")),
                true, new RuleInfo.Location("s4-periods.drl", 3), Reasons.parse(null), Reasons.parse(null), null);
        RuleInfo decides = new RuleInfo("Profit", "mine.profit-repayment",
                Map.of(Activity.MINE_DEVELOPMENT, List.of("mine.profit-repayment")), false,
                new RuleInfo.Location("s5-economics.drl", 3), Reasons.parse("ja"), Reasons.parse("en"), null);
        EveryCriterionDecidedCheck.check(new CatalogueReader.Read(CATALOGUE, Map.of("period.mine", 12, "mine.profit-repayment", 20)),
                Map.of("Derived", derivesOnly, "Profit", decides), problems);
        assertEquals(List.of(new RuleProblem("m/r/clauses.yaml", 12,
                "criterion period.mine (第3章第4節(2)) has no rule deciding it")), problems.list());
    }
}
