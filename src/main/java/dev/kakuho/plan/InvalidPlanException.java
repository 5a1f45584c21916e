package dev.kakuho.plan;

import java.util.List;

/** The body is not a plan this service can read; every offending field is named. */
public class InvalidPlanException extends RuntimeException {

    /** {@code malformed-json} when the body is not JSON at all, {@code invalid-plan} when it is JSON but not a valid plan. */
    private final String kind;
    private final List<FieldError> errors;

    public InvalidPlanException(String kind, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public String kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
