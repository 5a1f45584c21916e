package dev.kakuho.records;

import dev.kakuho.report.Outcome;
import java.time.Instant;

/** Which records to list: each filter optional (null); {@code from} inclusive, {@code to} exclusive. */
public record RecordQuery(String planId, Outcome outcome, Instant from, Instant to) {
}
