package dev.kakuho.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something wrong in a rule set's files: the file (relative to the rules directory), the line (0 if unknown), what. */
@Schema(description = "Something wrong in a rule set's files.")
public record RuleProblem(
        @Schema(required = true, description = "The file, relative to the rules directory.") String file,
        @Schema(required = true, description = "The line, 0 if unknown.") int line,
        @Schema(required = true, description = "What is wrong.") String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
