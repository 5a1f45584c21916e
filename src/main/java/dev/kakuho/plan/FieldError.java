package dev.kakuho.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing wrong with a posted plan: where (a JSON pointer into the body) and what, in plain words. */
@Schema(description = "One thing wrong with a posted plan.")
public record FieldError(
        @Schema(required = true, description = "The JSON pointer of the field in the body (empty for the body as a whole).") String pointer,
        @Schema(required = true, description = "What is wrong there, in English; never repeats the value sent.") String detail) {
}
