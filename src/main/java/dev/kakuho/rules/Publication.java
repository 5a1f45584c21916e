package dev.kakuho.rules;

import java.time.Instant;

/**
 * One rule set put into service: which folder, the content hash it replaced (null for the first) and
 * the new one, who did it ({@code start-up}, {@code watcher}, {@code admin}, or the name an admin gave)
 * and when.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "One rule set put into service.")
public record Publication(@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The rule-set folder.") String folder, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The rule set's id.") String ruleSetId, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The content hash it replaced; null for the first.") String previousHash,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The content hash now served.") String contentHash, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Who: start-up, watcher, admin, or the name an admin gave.") String by, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "When.") Instant at) {
}
