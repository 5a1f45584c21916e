package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A broken edit of the rules is refused with every problem named by file and line, in plain words. */
class RuleSetLoaderTest {

    private static final String R = RulesCopy.REVISION + "/";

    private static List<RuleProblem> refused(RulesCopy rules) {
        RuleSetLoader loader = new RuleSetLoader(rules.root());
        RuleSetException refused = assertThrows(RuleSetException.class, () -> loader.load(rules.file(RulesCopy.REVISION)));
        return refused.problems();
    }

    private static void assertProblem(List<RuleProblem> problems, String file, int line, String words) {
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(file) && p.line() == line && p.message().contains(words)),
                "expected a problem at " + file + ":" + line + " saying '" + words + "', got " + problems);
    }

    @Test
    void theProjectsRulesLoad() throws RuleSetException {
        RuleSet ruleSet = new RuleSetLoader(java.nio.file.Path.of("rules")).load(java.nio.file.Path.of("rules", RulesCopy.REVISION));
        assertEquals(59, ruleSet.catalogue().criteria().size());
        assertTrue(ruleSet.contentHash().startsWith("sha256:"));
    }

    @Test
    void aDrlSyntaxErrorIsNamedByFileAndLine() {
        RulesCopy rules = RulesCopy.create();
        int line = rules.lineOf(R + "s4-periods.drl", "rule \"OperationPeriodTooShort\"");
        rules.replace(R + "s4-periods.drl", "rule \"OperationPeriodTooShort\"", "rule \"OperationPeriodTooShort\"\n    when when");
        List<RuleProblem> problems = refused(rules);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(R + "s4-periods.drl") && p.line() >= line && p.line() <= line + 4),
                problems.toString());
    }

    @Test
    void aRuleCitingAnUnknownCriterionIsRefused() {
        RulesCopy rules = RulesCopy.create();
        int line = rules.lineOf(R + "s3-stability.drl", "rule \"CapacityPlanInPlace\"");
        rules.replace(R + "s3-stability.drl", "@criterion(\"stability.capacity-plan\")\n    @ja(\"市場構造を踏まえた",
                "@criterion(\"stability.capacity-plans\")\n    @ja(\"市場構造を踏まえた");
        assertProblem(refused(rules), R + "s3-stability.drl", line, "cites criterion stability.capacity-plans, which clauses.yaml does not have");
    }

    @Test
    void aCriterionNoRuleDecidesIsRefused() {
        RulesCopy rules = RulesCopy.create();
        String added = String.join("\n",
                "      - id: consideration.gender-balance",
                "        ref: 第3章第8節",
                "        text: テスト",
                "        summary: \"A criterion added to the catalogue without a rule.\"",
                "        statuses: [REVIEW]",
                "      - id: consideration.regional-economy");
        rules.replace(R + "clauses.yaml", "      - id: consideration.regional-economy", added);
        assertProblem(refused(rules), R + "clauses.yaml", rules.lineOf(R + "clauses.yaml", "id: consideration.gender-balance"),
                "consideration.gender-balance (第3章第8節) has no rule deciding it");
    }

    @Test
    void aClauseWithoutTextIsRefused() {
        RulesCopy rules = RulesCopy.create();
        String clauses = rules.read(R + "clauses.yaml");
        int start = clauses.indexOf("      - id: period.mine");
        int textAt = clauses.indexOf("        text: |-\n", start);
        int summaryAt = clauses.indexOf("        summary:", textAt);
        rules.write(R + "clauses.yaml", clauses.substring(0, textAt) + clauses.substring(summaryAt));
        assertProblem(refused(rules), R + "clauses.yaml", rules.lineOf(R + "clauses.yaml", "id: period.mine"),
                "period.mine: 'text' is missing or empty");
    }

    @Test
    void aMissingParameterIsRefusedWhereTheRuleReadsIt() {
        RulesCopy rules = RulesCopy.create();
        rules.replace(R + "parameters.yaml", "periods.mine.minimumYears:", "periods.mine.minimumYear:");
        int line = rules.lineOf(R + "s4-periods.drl", "params.integer(\"periods.mine.minimumYears\")");
        assertProblem(refused(rules), R + "s4-periods.drl", line, "no parameter 'periods.mine.minimumYears' in parameters.yaml");
    }

    @Test
    void aParameterOfTheWrongKindIsRefused() {
        RulesCopy rules = RulesCopy.create();
        rules.replace(R + "parameters.yaml", "periods.refining.minimumYears:\n  ref: 第3章第4節(3)\n  note: 「選鉱・製錬が開始された時点からの期間は、5 年以上」\n  value: 5",
                "periods.refining.minimumYears:\n  ref: 第3章第4節(3)\n  note: 「選鉱・製錬が開始された時点からの期間は、5 年以上」\n  value: five");
        assertTrue(refused(rules).stream().anyMatch(p -> p.file().equals(R + "parameters.yaml")
                && p.message().contains("periods.refining.minimumYears")), "a text value for a number is refused");
    }

    @Test
    void malformedYamlIsRefusedWithItsLine() {
        RulesCopy rules = RulesCopy.create();
        rules.replace(R + "parameters.yaml", "dependency.passWithoutReviewAbovePoints:\n", "dependency.passWithoutReviewAbovePoints:\n  value: [1, 2\n");
        List<RuleProblem> problems = refused(rules);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(R + "parameters.yaml") && p.line() > 0
                && p.message().startsWith("malformed YAML")), problems.toString());
    }

    @Test
    void aRuleWithoutItsReasonsIsRefused() {
        RulesCopy rules = RulesCopy.create();
        int line = rules.lineOf(R + "s3-stability.drl", "rule \"LawsComplied\"");
        rules.replace(R + "s3-stability.drl", "    @en(\"The plan states that the applicant complies with the Foreign Exchange and Foreign Trade Act and the other domestic laws concerned.\")\n", "");
        assertProblem(refused(rules), R + "s3-stability.drl", line, "needs its reason in Japanese and English");
    }

    @Test
    void aRuleInAnotherSectionsFileIsRefused() {
        RulesCopy rules = RulesCopy.create();
        int line = rules.lineOf(R + "s3-stability.drl", "rule \"LawsComplied\"");
        rules.replace(R + "s3-stability.drl", "@criterion(\"stability.legal-compliance\")\n    @ja(\"外国為替及び外国貿易法その他の国内関係法令を遵守するとしています。\")",
                "@criterion(\"period.mine\")\n    @ja(\"外国為替及び外国貿易法その他の国内関係法令を遵守するとしています。\")");
        assertProblem(refused(rules), R + "s3-stability.drl", line, "decides period.mine of section s4");
    }

    @Test
    void aDuplicateRuleNameIsRefused() {
        RulesCopy rules = RulesCopy.create();
        rules.replace(R + "s3-stability.drl", "rule \"LawsNotComplied\"", "rule \"LawsComplied\"");
        assertProblem(refused(rules), R + "s3-stability.drl", rules.lineOf(R + "s3-stability.drl", "rule \"LawsComplied\"\n    @criterion(\"stability.legal-compliance\")\n    @ja(\"外国為替及び外国貿易法その他の国内関係法令の遵守が確認できません"),
                "is already defined");
    }
}
