package dev.kakuho.rules;

/** Something wrong in a rule set's files: the file (relative to the rules directory), the line (0 if unknown), what. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
