package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks a rules edit meets before any compile or test: a syntax error is reported once where it is,
 * a reason placeholder must name a fact its rule gives, an absent() field must exist in the plan contract.
 */
class CandidateChecksTest {

    private static final String R = RulesCopy.REVISION + "/";

    private static List<RuleProblem> refused(RulesCopy rules) {
        RuleSetLoader loader = new RuleSetLoader(rules.root());
        return assertThrows(RuleSetException.class, () -> loader.load(rules.file(RulesCopy.REVISION))).problems();
    }

    @Test
    void aRuleMissingItsThenIsReportedOnceInItsOwnFile() {
        RulesCopy rules = RulesCopy.create();
        String file = R + "s3-stability.drl";
        String text = rules.read(file);
        int then = text.indexOf("\nthen\n");
        int line = rules.lineOf(file, "\nthen\n") + 1;
        rules.write(file, text.substring(0, then) + "\n" + text.substring(then + "\nthen\n".length()));
        List<RuleProblem> problems = refused(rules);
        assertTrue(problems.stream().allMatch(p -> p.file().equals(file)), "no cascade into other files: " + problems);
        assertTrue(problems.size() <= 2, "reported once, not a dozen times: " + problems);
        assertTrue(problems.stream().anyMatch(p -> Math.abs(p.line() - line) <= 12), "near the rule: " + problems);
        assertTrue(problems.stream().allMatch(p -> p.line() > 0), "never line -1 or 0: " + problems);
        assertTrue(problems.stream().noneMatch(p -> p.message().matches(".*\\b(?:org|java|dev)\\.[a-z]+\\..*")),
                "no Java class names: " + problems);
    }

    @Test
    void aPlaceholderNamingAFactTheRuleDoesNotGiveIsRefused() {
        RulesCopy rules = RulesCopy.create();
        String file = R + "s4-periods.drl";
        String text = rules.read(file);
        int at = text.indexOf("{requiredEnd}");
        rules.write(file, text.substring(0, at) + "{requiredEnds}" + text.substring(at + "{requiredEnd}".length()));
        int line = rules.lineOf(file, "{requiredEnds}");
        List<RuleProblem> problems = refused(rules);
        assertTrue(problems.stream().anyMatch(p -> ReasonTemplateCheck.CHECK.equals(p.check()) && p.file().equals(file)
                && p.line() == line && p.message().contains("{requiredEnds}") && p.message().contains("requiredEnd")), problems.toString());
    }

    @Test
    void anAbsentPointerTheyPlanDoesNotHaveIsRefused() {
        RulesCopy rules = RulesCopy.create();
        String file = R + "s4-periods.drl";
        rules.replace(file, "absent(\"/period/start\", \"/period/end\")", "absent(\"/period/start\", \"/period/ends\")");
        int line = rules.lineOf(file, "/period/ends");
        List<RuleProblem> problems = refused(rules);
        assertTrue(problems.stream().anyMatch(p -> AbsentPointerCheck.CHECK.equals(p.check()) && p.file().equals(file)
                && p.line() == line && p.message().contains("/period/ends")), problems.toString());
    }

    @Test
    void thePlanContractKnowsThePlansFieldsAndItsListElements() {
        var contract = dev.kakuho.plan.PlanContract.get();
        assertTrue(contract.pointers().contains("/period/end"));
        assertTrue(contract.pointers().contains("/technology/targets"));
        assertTrue(contract.fieldsOf("Target").contains("metric"));
        assertEquals(null, contract.fieldsOf("NoSuchClass"));
    }

    @Test
    void placeholdersAreCheckedAgainstTheFactsGiven() {
        assertEquals(null, ReasonTemplateCheck.problem("Ends {planEnd} ({param:periods.mine.minimumYears} years)", java.util.Set.of("planEnd")));
        assertTrue(ReasonTemplateCheck.problem("Ends {planEnds}", java.util.Set.of("planEnd")).contains("{planEnds}"));
        assertTrue(ReasonTemplateCheck.problem("Ends {planEnd", java.util.Set.of("planEnd")).contains("brace"));
        assertTrue(ReasonTemplateCheck.problem("Lacks {missing}", java.util.Set.of()).contains("{missing}"));
    }
}
