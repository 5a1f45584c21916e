package dev.kakuho.rules;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Every criterion of the catalogue has a rule deciding it (a rule that only derives a fact does not count). */
final class EveryCriterionDecidedCheck {

    private EveryCriterionDecidedCheck() {
    }

    static void check(CatalogueReader.Read clauses, Map<String, RuleInfo> rules, LoadProblems problems) {
        Set<String> decided = new HashSet<>();
        rules.values().stream().filter(r -> !r.derives())
                .forEach(r -> r.criteriaByActivity().values().forEach(decided::addAll));
        for (Criterion criterion : clauses.catalogue().criteria()) {
            if (!decided.contains(criterion.id())) {
                problems.add(RuleSetLoader.CLAUSES, clauses.line(criterion.id()),
                        "criterion " + criterion.id() + " (" + criterion.ref() + ") has no rule deciding it");
            }
        }
    }
}
