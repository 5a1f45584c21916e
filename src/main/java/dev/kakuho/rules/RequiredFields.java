package dev.kakuho.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads required fields of a YAML file, reporting each one that is absent or malformed at its line
 * (an absent one at the line of the mapping that lacks it).
 */
final class RequiredFields {

    private final YamlFile file;
    private final LoadProblems problems;
    private boolean failed;

    RequiredFields(YamlFile file, LoadProblems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Whether any field read so far was absent or malformed. */
    boolean failed() {
        return failed;
    }

    /** A required text at {@code pointer}/{@code name}. */
    String text(String pointer, String name) {
        return text(pointer, name, null);
    }

    /** A required text of an entry named {@code owner} (its id), which the message names. */
    String text(String pointer, String name, String owner) {
        String at = YamlFile.child(pointer, name);
        JsonNode value = file.root().at(at);
        if (!value.isTextual() || value.asText().isBlank()) {
            failed = true;
            String who = owner == null ? "" : owner + ": ";
            problems.add(file.name(), file.line(at), who + "'" + name + "' is missing or empty");
            return null;
        }
        return value.asText().strip();
    }

    /** A required text turned into a value by {@code parser}; {@code expected} says what it must be. */
    <T> T parse(String pointer, String name, Function<String, T> parser, String expected) {
        String value = text(pointer, name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            failed = true;
            problems.add(file.name(), file.line(YamlFile.child(pointer, name)), "'" + name + "' must be " + expected + ", not " + value);
            return null;
        }
    }
}
