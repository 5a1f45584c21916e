package dev.kakuho.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something wrong in a rule set's files: the file (relative to the rules directory), the line (0 if
 * unknown), what, and which check found it ({@code load} when absent: a file, the compile or a load
 * check; {@code template}, {@code pointer}, {@code rule-test}). A failed rule test also names the
 * criterion and what it expected and got.
 */
@Schema(description = "Something wrong in a rule set's files.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleProblem(
        @Schema(required = true, description = "The file, relative to the rules directory.") String file,
        @Schema(required = true, description = "The line, 0 if unknown.") int line,
        @Schema(required = true, description = "What is wrong.") String message,
        @Schema(description = "The check that found it: load (a file, the compile or a load check), template, pointer or rule-test.") String check,
        @Schema(description = "For a failed rule test: the criterion that differed.") String criterion,
        @Schema(description = "For a failed rule test: what the test expected.") String expected,
        @Schema(description = "For a failed rule test: what the rules gave.") String got) {

    public static final String LOAD = "load";
    public static final String RULE_TEST = "rule-test";

    public RuleProblem(String file, int line, String message) {
        this(file, line, message, LOAD, null, null, null);
    }

    public RuleProblem(String file, int line, String message, String check) {
        this(file, line, message, check, null, null, null);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
