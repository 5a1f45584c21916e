package dev.kakuho.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The code lists of the plan contract: the mineral codes and the country codes a plan may give. The
 * mineral codes are the minerals the rule sets name in their {@code names.yaml} (every
 * {@code <material>/<revision>/names.yaml} of the rules directory, in file order; policy staff add a
 * mineral there, with its names); the country codes are ISO 3166-1 alpha-2 as the Java runtime knows
 * them. The reader refuses any other value; the OpenAPI document lists the same codes.
 *
 * @param minerals every mineral code, with its names
 * @param countries every country code
 */
public record PlanCodes(Map<String, Names> minerals, Set<String> countries) {

    /** The code list a field draws on, as named in the OpenAPI document ({@code @Schema(ref = ...)}). */
    public static final String MINERAL_CODE = "MineralCode";
    public static final String COUNTRY_CODE = "CountryCode";

    /** The file of each rule set that names its codes. */
    public static final String FILE = "names.yaml";

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,63}$");

    /** A mineral's name in Japanese and English. */
    public record Names(String ja, String en) {
    }

    public PlanCodes {
        minerals = Collections.unmodifiableMap(new LinkedHashMap<>(minerals));
        countries = Collections.unmodifiableSet(new TreeSet<>(countries));
    }

    /** Reads the mineral codes from every rule set's {@code names.yaml}; a rules directory naming none is an error. */
    public static PlanCodes load(Path rulesDir) {
        Map<String, Names> minerals = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(rulesDir, 3)) {
            files = walk.filter(f -> f.getFileName().toString().equals(FILE)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules directory " + rulesDir.toAbsolutePath(), e);
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (Path file : files) {
            JsonNode root;
            try {
                root = yaml.readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root == null ? java.util.Collections.emptyIterator()
                    : root.path("minerals").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!CODE.matcher(entry.getKey()).matches()) {
                    throw new IllegalStateException(file + ": mineral code " + entry.getKey()
                            + " must be capitals, digits and _ (at most 64)");
                }
                minerals.putIfAbsent(entry.getKey(), new Names(entry.getValue().path("ja").asText(entry.getKey()),
                        entry.getValue().path("en").asText(entry.getKey())));
            }
        }
        if (minerals.isEmpty()) {
            throw new IllegalStateException("no mineral codes: no " + FILE + " under " + rulesDir.toAbsolutePath()
                    + " names any minerals");
        }
        return new PlanCodes(minerals, new TreeSet<>(Arrays.asList(java.util.Locale.getISOCountries())));
    }

    /**
     * The code lists of the rules directory this process is configured with (system property
     * {@code rules.dir}, else environment {@code RULES_DIR}, else {@code rules}), read once: for
     * code that reads plans outside the service (rule tests, the command line).
     */
    public static PlanCodes configured() {
        return Configured.CODES;
    }

    private static final class Configured {
        static final PlanCodes CODES = load(Path.of(System.getProperty("rules.dir",
                System.getenv().getOrDefault("RULES_DIR", "rules"))));
    }

    /** The codes of the list named {@code list} ({@link #MINERAL_CODE} or {@link #COUNTRY_CODE}). */
    public Set<String> codes(String list) {
        return switch (list) {
            case MINERAL_CODE -> minerals.keySet();
            case COUNTRY_CODE -> countries;
            default -> throw new IllegalArgumentException("no code list " + list);
        };
    }

    /** What a value outside the list is told, naming the allowed values. */
    String refusal(String list) {
        return switch (list) {
            case MINERAL_CODE -> "must be one of the mineral codes " + String.join(", ", minerals.keySet())
                    + " (written exactly so; the list: MineralCode in /api/v1/schemas/plan.json)";
            case COUNTRY_CODE -> "must be an ISO 3166-1 alpha-2 country code in capitals, such as JP, AU or CN (all "
                    + countries.size() + " codes: CountryCode in /api/v1/schemas/plan.json)";
            default -> throw new IllegalArgumentException("no code list " + list);
        };
    }
}
