package dev.kakuho.rules;

import dev.kakuho.plan.Activity;
import java.util.List;
import java.util.Set;

/**
 * One requirement of the policy as the rules decide it: its id (a contract with portals), the
 * clause it comes from with the quoted Japanese text, a one-line English summary, the statuses its
 * rules can give (which the rule tests must all exercise), and the activities it applies to (all
 * when empty; for any other activity it is NOT_APPLICABLE without consulting the rules). Its
 * sub-clauses are the items of its clause a rule may rest on and cite ({@code @clause}).
 */
public record Criterion(String id, String section, String ref, String text, String summary, List<Status> statuses,
                        Set<Activity> activities, List<SubClause> subClauses) {

    /** An item of a criterion's clause, e.g. 第3章第6節(3)(エ)(v), with its text quoted from the source. */
    public record SubClause(String ref, String text) {
    }

    public boolean appliesTo(Activity activity) {
        return activities.isEmpty() || activities.contains(activity);
    }

    /** The sub-clause of this criterion with that reference, or null. */
    public SubClause subClause(String ref) {
        for (SubClause sub : subClauses) {
            if (sub.ref().equals(ref)) {
                return sub;
            }
        }
        return null;
    }
}
