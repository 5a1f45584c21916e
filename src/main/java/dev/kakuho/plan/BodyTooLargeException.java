package dev.kakuho.plan;

/** The body is larger than the service accepts (found while reading a body sent without a length). */
public class BodyTooLargeException extends RuntimeException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The body has more than " + limit + " bytes; at most " + limit + " are accepted.", null, false, false);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
