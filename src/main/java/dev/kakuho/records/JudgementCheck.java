package dev.kakuho.records;

import dev.kakuho.plan.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a judgement must be, for the API and the page alike: a target that is one of the record's review
 * items (or {@value Judgement#CONCLUSION}), a known verdict, a reviewer's name, a note of bounded length.
 * Problems name the field as a JSON pointer into the judgement's body.
 */
public final class JudgementCheck {

    public static final int MAX_REVIEWER = 200;
    public static final int MAX_NOTE = 4000;

    private JudgementCheck() {
    }

    public static List<FieldError> problems(Set<String> reviewItems, String target, String verdict, String note, String reviewer) {
        List<FieldError> problems = new ArrayList<>();
        if (target == null || target.isBlank()) {
            problems.add(new FieldError("/target", "is required: a review item's criterion id, or \"conclusion\" for the plan"));
        } else if (!Judgement.CONCLUSION.equals(target.strip()) && !reviewItems.contains(target.strip())) {
            problems.add(new FieldError("/target", "is not a review item of this report (nor \"conclusion\"): " + target.strip()));
        }
        if (Judgement.Verdict.of(verdict).isEmpty()) {
            problems.add(new FieldError("/verdict", "must be agrees, does-not-agree or needs-more-information"));
        }
        if (reviewer == null || reviewer.isBlank()) {
            problems.add(new FieldError("/reviewer", "is required: the reviewer's name"));
        } else if (reviewer.strip().length() > MAX_REVIEWER) {
            problems.add(new FieldError("/reviewer", "must be at most " + MAX_REVIEWER + " characters"));
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            problems.add(new FieldError("/note", "must be at most " + MAX_NOTE + " characters"));
        }
        return problems;
    }
}
