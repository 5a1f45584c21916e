package dev.kakuho.rules;

import dev.kakuho.plan.Activity;
import java.util.List;
import java.util.Map;

/**
 * A compiled rule as a report cites it: where it is written, its reason in both languages, and the
 * criteria it decides for each activity. Its {@code @criterion} may name several criteria
 * ({@code "a.x, a.y"}) or a family shared by activities ({@code "*.profit-repayment"}: the
 * criterion of that name for the plan's activity). A rule that {@code derives} only inserts a fact
 * other rules match on. Its {@code @clause} names the sub-clause of its criterion it rests on, if any.
 */
public record RuleInfo(String name, String criterion, Map<Activity, List<String>> criteriaByActivity, boolean derives,
                       Location location, Reasons ja, Reasons en, String clause) {

    public Reasons reason(Language language) {
        return language == Language.EN ? en : ja;
    }

    /** The criteria this rule decides for a plan of this activity. */
    public List<String> criteriaFor(Activity activity) {
        return criteriaByActivity.getOrDefault(activity, List.of());
    }

    /** A place in a rule set's files. */
    public record Location(String file, int line) {

        @Override
        public String toString() {
            return file + ":" + line;
        }
    }
}
