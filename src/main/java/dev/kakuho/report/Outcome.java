package dev.kakuho.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The verdict of a whole report (docs/plan-contract.md, outcome rules). */
@Schema(description = "The verdict of a whole report: PASS (no criterion fails or lacks facts; REVIEW items remain), FAIL (at least one criterion fails), INCOMPLETE (none fails, at least one lacks the facts it needs).")
public enum Outcome {
    /** No criterion fails or lacks facts; REVIEW items remain for the reviewer. */
    PASS,
    /** At least one criterion fails. */
    FAIL,
    /** None fails, but at least one lacks the facts it needs. */
    INCOMPLETE
}
