package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What reports print from the rules is checked when the rules load, each problem at its file and
 * line: parameters and filters in reasons, cited sub-clauses, labels of facts, names.yaml itself.
 * And reasons render names and parameter values.
 */
class ReasonChecksTest {

    private static final String R = RulesCopy.REVISION + "/";
    private static final String MINE_TOO_SHORT_JA = "@ja(\"操業開始日{operationStart}からの期間が{minimumYears}年未満です。";

    private static List<RuleProblem> refused(RulesCopy rules) {
        RuleSetLoader loader = new RuleSetLoader(rules.root());
        return assertThrows(RuleSetException.class, () -> loader.load(rules.file(RulesCopy.REVISION))).problems();
    }

    private static void assertProblem(List<RuleProblem> problems, String file, int line, String words) {
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(file) && p.line() == line && p.message().contains(words)),
                "expected a problem at " + file + ":" + line + " saying '" + words + "', got " + problems);
    }

    @Test
    void anUnknownParameterInAReasonIsRefusedAtItsLine() {
        RulesCopy rules = RulesCopy.create();
        rules.replace(R + "s4-periods.drl", MINE_TOO_SHORT_JA, MINE_TOO_SHORT_JA.replace("{minimumYears}", "{param:periods.mine.minimumYear}"));
        int line = rules.lineOf(R + "s4-periods.drl", "{param:periods.mine.minimumYear}");
        assertProblem(refused(rules), R + "s4-periods.drl", line, "{param:periods.mine.minimumYear}: no parameter 'periods.mine.minimumYear'");
    }

    @Test
    void anUnknownFilterInAReasonIsRefused() {
        RulesCopy rules = RulesCopy.create();
        rules.replace(R + "s6-measures.drl", "@ja(\"{counterparty}（{country|name}）での", "@ja(\"{counterparty}（{country|flag}）での");
        int line = rules.lineOf(R + "s6-measures.drl", "{country|flag}");
        assertProblem(refused(rules), R + "s6-measures.drl", line, "no filter 'flag'");
    }

    @Test
    void aCitedSubClauseTheCatalogueDoesNotListIsRefused() {
        RulesCopy rules = RulesCopy.create();
        String cited = "rule \"SmallCapacityIncreaseIsNotCounted\"\n    @criterion(\"leak.technology-transfer\")\n    @clause(\"第3章第6節(3)(エ)(v)\")";
        rules.replace(R + "s6-measures.drl", cited, cited.replace("(エ)(v)", "(エ)(vi)"));
        int line = rules.lineOf(R + "s6-measures.drl", "@clause(\"第3章第6節(3)(エ)(vi)\")");
        assertProblem(refused(rules), R + "s6-measures.drl", line,
                "cites clause 第3章第6節(3)(エ)(vi), which clauses.yaml does not list among the subClauses of leak.technology-transfer");
    }

    @Test
    void aSubClauseOfAnotherCriterionIsRefused() {
        RulesCopy rules = RulesCopy.create();
        rules.replace(R + "s6-measures.drl", "rule \"SmallCapacityIncreaseIsNotCounted\"\n    @criterion(\"leak.technology-transfer\")",
                "rule \"SmallCapacityIncreaseIsNotCounted\"\n    @criterion(\"leak.suppliers\")");
        int line = rules.lineOf(R + "s6-measures.drl", "@clause(\"第3章第6節(3)(エ)(v)\")");
        assertProblem(refused(rules), R + "s6-measures.drl", line, "does not list among the subClauses of leak.suppliers");
    }

    @Test
    void aClauseCalledInAConsequenceMustBeListed() {
        RulesCopy rules = RulesCopy.create();
        String call = "    decide.notApplicable(drools).about($transfer).fact(\"counterparty\", $counterparty).fact(\"country\", $country)\n"
                + "          .fact(\"capacityIncreasePercent\", $increase)";
        rules.replace(R + "s6-measures.drl", call, call + ".clause(\"第3章第6節(3)(オ)\")");
        int line = rules.lineOf(R + "s6-measures.drl", ".clause(\"第3章第6節(3)(オ)\")");
        assertProblem(refused(rules), R + "s6-measures.drl", line, "clause 第3章第6節(3)(オ) is not among the subClauses of clauses.yaml");
    }

    @Test
    void aFactWithoutALabelIsRefusedWhereTheRuleGivesIt() {
        RulesCopy rules = RulesCopy.create();
        rules.replace(R + "names.yaml", "  daysShort: {ja: 不足日数, en: days short}\n", "");
        int line = rules.lineOf(R + "s4-periods.drl", ".fact(\"daysShort\"");
        assertProblem(refused(rules), R + "s4-periods.drl", line, "fact 'daysShort' has no label: add it under 'facts' in names.yaml");
    }

    @Test
    void namesYamlProblemsAreNamedAtTheirLine() {
        RulesCopy rules = RulesCopy.create();
        rules.replace(R + "names.yaml", "  LITHIUM: {ja: リチウム, en: lithium}", "  LITHIUM: {ja: リチウム}");
        rules.replace(R + "names.yaml", "  OPERATOR: {ja: 事業主体, en: operator}", "  OPERATOR: {ja: 事業主体, en: operator}\n  NICKEL: {ja: ニッケル, en: nickel}");
        List<RuleProblem> problems = refused(rules);
        assertProblem(problems, R + "names.yaml", rules.lineOf(R + "names.yaml", "  LITHIUM:"), "minerals.LITHIUM: needs its name in Japanese and English");
        assertProblem(problems, R + "names.yaml", rules.lineOf(R + "names.yaml", "  NICKEL: {ja: ニッケル, en: nickel}\n  PARTICIPANT"),
                "NICKEL is already named under minerals");
    }

    @Test
    void aRuleSetWithoutNamesIsRefused() throws Exception {
        RulesCopy rules = RulesCopy.create();
        java.nio.file.Files.delete(rules.file(R + "names.yaml"));
        assertProblem(refused(rules), R + "names.yaml", 0, "file is missing");
    }

    @Test
    void reasonsNameCodesAndPrintParametersAsTheRulesRanWithThem() throws Exception {
        RuleSet ruleSet = new RuleSetLoader(Path.of("rules")).load(Path.of("rules", RulesCopy.REVISION));
        Names names = ruleSet.names();
        Reasons reason = Reasons.parse("{mineral|name}/{activity|name}/{role|name}/{country|name}/{codes|name}/{param:periods.mine.minimumYears}年");
        Map<String, Object> facts = Map.of("mineral", "LITHIUM", "activity", "MINE_DEVELOPMENT", "role", dev.kakuho.plan.Role.PARTICIPANT,
                "country", "CN", "codes", List.of("COPPER", "UNOBTAINIUM"));
        assertEquals("リチウム/鉱山開発/事業参画/中国/銅、UNOBTAINIUM/5年",
                reason.render(facts, List.of(), Language.JA, ruleSet.parameters(), names));
        Parameters seven = ruleSet.parameters().with(Map.of("periods.mine.minimumYears", new com.fasterxml.jackson.databind.node.IntNode(7)));
        assertEquals("lithium/mine development/participant/China/copper, UNOBTAINIUM/7年",
                reason.render(facts, List.of(), Language.EN, seven, names));
        assertEquals(List.of(), reason.problems(ruleSet.parameters()));
    }

    @Test
    void everyMineralTheParametersNameHasANameInBothLanguages() throws Exception {
        RuleSetLoader loader = new RuleSetLoader(Path.of("rules"));
        for (Path folder : loader.findRuleSets()) {
            RuleSet ruleSet = loader.load(folder);
            for (Parameters.Parameter parameter : ruleSet.parameters().all().values()) {
                if (parameter.name().startsWith("minerals.") && parameter.value() instanceof List<?> codes) {
                    for (Object code : codes) {
                        assertTrue(ruleSet.names().codes().containsKey((String) code), folder + ": " + code + " of " + parameter.name()
                                + " has no name in names.yaml");
                    }
                }
            }
            for (String engineFact : List.of("activities", "rule")) {
                assertTrue(ruleSet.names().labels(engineFact), "the service's own fact " + engineFact + " needs a label");
            }
        }
    }
}
