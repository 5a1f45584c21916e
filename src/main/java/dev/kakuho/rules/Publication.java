package dev.kakuho.rules;

import java.time.Instant;

/**
 * One rule set put into service: which folder, the content hash it replaced (null for the first) and
 * the new one, who did it ({@code start-up}, {@code watcher}, {@code admin}, or the name an admin gave)
 * and when.
 */
public record Publication(String folder, String ruleSetId, String previousHash, String contentHash, String by, Instant at) {
}
