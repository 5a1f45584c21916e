package dev.kakuho.records;

import dev.kakuho.report.Outcome;
import java.time.Instant;

/** What a list of records shows of each: no plan, no report. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "What a list of records shows of each: no plan, no report.")
public record RecordSummary(@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The record id.") String id, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "When it was evaluated.") Instant createdAt, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The API key id of the caller (never the key), or page/admin.") String caller, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The plan's planId.") String planId,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "PASS, FAIL or INCOMPLETE.") Outcome outcome, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "SHA-256 of the plan as received, hex.") String planSha256,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The rule set that judged it.") EvaluationRecord.RuleSetRef ruleSet, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The application's version.") String applicationVersion) {
}
