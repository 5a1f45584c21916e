package dev.kakuho.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakuho.plan.Material;
import java.time.LocalDate;

/** Reads {@code ruleset.yaml}: which material and revision the folder holds, and from when it applies. */
final class ManifestReader {

    private ManifestReader() {
    }

    /** The manifest, or null when a field is absent or malformed (each reported at its line). */
    static Manifest read(YamlFile yaml, LoadProblems problems) {
        if (yaml == null) {
            return null;
        }
        RequiredFields field = new RequiredFields(yaml, problems);
        JsonNode root = yaml.root();
        String id = field.text("", "id");
        Material material = field.parse("", "material", Material::valueOf, "one of CRITICAL_MINERALS");
        String title = field.text("", "title");
        String titleEn = field.text("", "titleEn");
        LocalDate revision = field.parse("", "revision", LocalDate::parse, "a date YYYY-MM-DD");
        LocalDate appliesFrom = field.parse("", "appliesFrom", LocalDate::parse, "a date YYYY-MM-DD");
        JsonNode source = root.path("source");
        Manifest.Source src = new Manifest.Source(field.text("/source", "title"), source.path("publisher").asText(null),
                source.path("file").asText(null));
        Manifest.Clause transitional = new Manifest.Clause(field.text("/transitionalProvision", "ref"),
                field.text("/transitionalProvision", "text"));
        if (field.failed()) {
            return null;
        }
        return new Manifest(id, material, title, titleEn, revision, appliesFrom, src, transitional);
    }
}
