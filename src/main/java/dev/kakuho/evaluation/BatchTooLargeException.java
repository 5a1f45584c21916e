package dev.kakuho.evaluation;

/** A batch holds more plans than {@code evaluation.batch.max-plans}. */
public class BatchTooLargeException extends RuntimeException {

    private final int limit;

    public BatchTooLargeException(int limit) {
        super("The batch holds more than " + limit + " plans; at most " + limit + " are accepted (evaluation.batch.max-plans).",
                null, false, false);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
