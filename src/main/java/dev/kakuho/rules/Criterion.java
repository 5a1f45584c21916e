package dev.kakuho.rules;

import dev.kakuho.plan.Activity;
import java.util.List;
import java.util.Set;

/**
 * One requirement of the policy as the rules decide it: its id (a contract with portals), the
 * clause it comes from with the quoted Japanese text, a one-line English summary, the statuses its
 * rules can give (which the rule tests must all exercise), and the activities it applies to (all
 * when empty; for any other activity it is NOT_APPLICABLE without consulting the rules).
 */
public record Criterion(String id, String section, String ref, String text, String summary, List<Status> statuses,
                        Set<Activity> activities) {

    public boolean appliesTo(Activity activity) {
        return activities.isEmpty() || activities.contains(activity);
    }
}
