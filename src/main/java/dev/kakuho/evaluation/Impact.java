package dev.kakuho.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kakuho.report.Outcome;
import dev.kakuho.rules.Status;
import java.util.List;
import java.util.Map;

/**
 * What a candidate rule set changes, against the rule set it would replace, over a corpus of plans:
 * per plan, the outcome before → after and each criterion whose status, reason, facts, missing fields
 * or findings changed; per criterion, how many plans changed and in which direction
 * ({@code "PASS → FAIL"}; {@code "PASS → PASS"} when only the reason or facts changed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Impact(
        String folder,
        String ruleSetId,
        String before,
        String after,
        String language,
        int plansEvaluated,
        int plansChanged,
        int judgedByOtherRevisions,
        List<Unreadable> unreadable,
        Map<String, Integer> outcomes,
        List<CriterionCount> criteria,
        List<PlanChange> plans) {

    /** A corpus file that is not a valid plan: left out, and named. */
    public record Unreadable(String source, String problem) {
    }

    /** One criterion: in how many plans it changed, and how many went each way. */
    public record CriterionCount(String id, String ref, int changed, Map<String, Integer> directions) {
    }

    /** One plan whose report changed. */
    public record PlanChange(String source, String planId, Outcome outcomeBefore, Outcome outcomeAfter,
                             List<CriterionChange> criteria) {

        public boolean outcomeChanged() {
            return outcomeBefore != outcomeAfter;
        }
    }

    /**
     * One criterion of one plan: its status before and after, what changed ({@code status},
     * {@code reason}, {@code facts}, {@code missing}, {@code findings}), the reasons when they changed,
     * and each fact that changed with its values before and after.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CriterionChange(String id, String ref, Status statusBefore, Status statusAfter, List<String> changed,
                                  String reasonBefore, String reasonAfter, Map<String, FactChange> facts,
                                  List<String> missingBefore, List<String> missingAfter) {

        public String direction() {
            return statusBefore + " → " + statusAfter;
        }
    }

    /** A fact's value before and after (null where the report did not have it). */
    public record FactChange(Object before, Object after) {
    }
}
