package dev.kakuho.rules;

/** The status of one criterion for one plan (docs/criteria.md), from most to least severe. */
public enum Status {
    /** The facts in the plan do not meet the requirement. */
    FAIL,
    /** The requirement applies but the plan lacks a field it needs. */
    MISSING,
    /** A matter of judgement; carries the plan's evidence for the reviewer. Never blocks a PASS outcome. */
    REVIEW,
    /** The facts in the plan meet the requirement. */
    PASS,
    /** The requirement does not apply to this plan. */
    NOT_APPLICABLE;

    /** The more severe of two statuses: what a criterion shows when its rules decide both. */
    public Status worse(Status other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
