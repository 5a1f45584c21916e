package dev.kakuho.records;

import dev.kakuho.report.Outcome;
import java.time.Instant;

/** What a list of records shows of each: no plan, no report. */
public record RecordSummary(String id, Instant createdAt, String caller, String planId, Outcome outcome, String planSha256,
                            EvaluationRecord.RuleSetRef ruleSet, String applicationVersion) {
}
