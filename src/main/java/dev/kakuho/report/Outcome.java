package dev.kakuho.report;

/** The verdict of a whole report (docs/plan-contract.md, outcome rules). */
public enum Outcome {
    /** No criterion fails or lacks facts; REVIEW items remain for the reviewer. */
    PASS,
    /** At least one criterion fails. */
    FAIL,
    /** None fails, but at least one lacks the facts it needs. */
    INCOMPLETE
}
