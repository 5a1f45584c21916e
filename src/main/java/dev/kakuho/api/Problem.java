package dev.kakuho.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kakuho.plan.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer, {@code application/problem+json} (RFC 9457): a stable {@code type}, a plain
 * {@code detail}, and the JSON pointers of the fields involved. Never a stack trace or class name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An error answer, application/problem+json (RFC 9457). Never repeats the values sent, never a stack trace.")
public record Problem(
        @Schema(required = true, description = "A stable URN naming the kind of problem: urn:supply-plan-evaluator:problem: then "
                + "invalid-plan, malformed-json, limit-exceeded, unreadable-body, body-too-large, unauthorized, admin-disabled, "
                + "no-rule-set-for-date, rules-directory-unusable, http-<status> or internal-error.") String type,
        @Schema(required = true, description = "A short title of that kind of problem.") String title,
        @Schema(required = true, description = "The HTTP status.") int status,
        @Schema(required = true, description = "What went wrong, in plain English.") String detail,
        @Schema(description = "The fields involved, by JSON pointer; absent when none is.") List<FieldError> errors,
        @Schema(description = "The clause the refusal rests on; absent when none does.") Citation clause) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:supply-plan-evaluator:problem:";

    /** A clause the error rests on (the 附則, when no revision covers an application date). */
    @Schema(description = "A clause the error rests on.")
    public record Citation(
            @Schema(required = true, description = "Where the clause is.") String ref,
            @Schema(required = true, description = "The clause quoted in Japanese.") String text) {
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
