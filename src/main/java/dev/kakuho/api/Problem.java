package dev.kakuho.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kakuho.plan.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error answer, {@code application/problem+json} (RFC 9457): a stable {@code type}, a plain
 * {@code detail}, and the JSON pointers of the fields involved. Never a stack trace or class name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, Citation clause) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:supply-plan-evaluator:problem:";

    /** A clause the error rests on (the 附則, when no revision covers an application date). */
    public record Citation(String ref, String text) {
    }

    public static Problem of(String kind, String title, int status, String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, errors == null || errors.isEmpty() ? null : errors, null);
    }

    /** The type without its URN prefix ({@code invalid-plan}), as metrics count refusals. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String kind() {
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }

    public Problem citing(Citation citation) {
        return new Problem(type, title, status, detail, errors, citation);
    }

    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
