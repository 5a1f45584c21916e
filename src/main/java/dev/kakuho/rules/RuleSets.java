package dev.kakuho.rules;

import dev.kakuho.plan.Material;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Picking the revision that judges an application, among loaded rule sets. */
public final class RuleSets {

    private RuleSets() {
    }

    /**
     * The revision that judges an application of {@code material} made on {@code applicationDate}:
     * the latest one that applies from that date or earlier (附則: an application made before a
     * revision's date is judged by the earlier one).
     *
     * @throws NoRuleSetException when none does, citing the earliest revision's transitional provision
     */
    public static RuleSet select(Collection<RuleSet> loaded, Material material, LocalDate applicationDate) {
        List<RuleSet> revisions = loaded.stream()
                .filter(r -> r.manifest().material() == material)
                .sorted(Comparator.comparing((RuleSet r) -> r.manifest().appliesFrom()).reversed())
                .toList();
        for (RuleSet ruleSet : revisions) {
            if (ruleSet.appliesOn(applicationDate)) {
                return ruleSet;
            }
        }
        if (revisions.isEmpty()) {
            throw new NoRuleSetException(material, applicationDate, null,
                    "No rules for " + material + " are loaded, so no plan of it can be evaluated.");
        }
        Manifest earliest = revisions.get(revisions.size() - 1).manifest();
        throw new NoRuleSetException(material, applicationDate, earliest.transitionalProvision(),
                "An application made on " + applicationDate + " is judged under the revision that applied before "
                        + earliest.appliesFrom() + " (" + earliest.transitionalProvision().ref()
                        + "), and no such revision is loaded here. The earliest loaded revision applies from "
                        + earliest.appliesFrom() + ".");
    }
}
