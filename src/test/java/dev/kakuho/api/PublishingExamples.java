package dev.kakuho.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Which bundled examples an edit of the mine period concerns, found from the plans themselves. */
public final class PublishingExamples {

    private PublishingExamples() {
    }

    /** The example plans of mine development with a start of production and an end: those period.mine measures. */
    public static Set<String> minePlansWithProduction() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> mine = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".plan.json")).toList()) {
                JsonNode plan = json.readTree(file.toFile());
                if ("MINE_DEVELOPMENT".equals(plan.path("activity").asText()) && plan.path("period").hasNonNull("productionStart")
                        && plan.path("period").hasNonNull("end")) {
                    mine.add(file.toString().replace('\\', '/'));
                }
            }
        }
        return mine;
    }
}
