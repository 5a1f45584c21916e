package dev.kakuho.records;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A reviewer's judgement on a record: on one review item ({@code target} is its criterion id), or the
 * conclusion on the plan ({@code target} is {@value #CONCLUSION}). Judgements are appended; the latest
 * per target is the current one.
 */
public record Judgement(long seq, String recordId, String target, Verdict verdict, String note, String reviewer,
                        Instant recordedAt) {

    public static final String CONCLUSION = "conclusion";

    /** What the reviewer says: agrees, does not agree, needs more information. */
    public enum Verdict {
        AGREES("agrees"), DISAGREES("does-not-agree"), NEEDS_INFORMATION("needs-more-information");

        private final String code;

        Verdict(String code) {
            this.code = code;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }

        public static Optional<Verdict> of(String code) {
            if (code == null) {
                return Optional.empty();
            }
            String wanted = code.strip().toLowerCase(Locale.ROOT);
            for (Verdict verdict : values()) {
                if (verdict.code.equals(wanted)) {
                    return Optional.of(verdict);
                }
            }
            return Optional.empty();
        }
    }

    public boolean conclusion() {
        return CONCLUSION.equals(target);
    }
}
