package dev.kakuho.rules;

import dev.kakuho.plan.Material;
import java.time.LocalDate;

/**
 * A rule set's {@code ruleset.yaml}: which material and revision it encodes, from when it applies,
 * the source document, and the transitional provision (附則) cited when an application predates it.
 */
public record Manifest(
        String id,
        Material material,
        String title,
        String titleEn,
        LocalDate revision,
        LocalDate appliesFrom,
        Source source,
        Clause transitionalProvision) {

    /** The document the rules encode. */
    public record Source(String title, String publisher, String file) {
    }

    /** A clause reference and its quoted text. */
    public record Clause(String ref, String text) {
    }
}
