package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.kakuho.plan.FieldError;
import dev.kakuho.plan.InvalidPlanException;
import dev.kakuho.plan.PlanCodes;
import dev.kakuho.plan.PlanReader;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document and the plan's JSON Schema say exactly what the plan reader accepts. Checked
 * with a validator nobody here wrote (networknt json-schema-validator): every bundled plan validates,
 * and every plan the fuzzer builds is accepted by the reader if and only if it validates against the
 * served schema, apart from the checks a schema cannot express ({@link #BEYOND_A_SCHEMA}).
 */
@QuarkusTest
class PlanContractTest {

    static final long SEED = Long.getLong("contract.seed", 20261129L);
    static final int PLANS = Integer.getInteger("contract.plans", 3000);
    /** "Today" for the reader here, so that which application dates are plausible does not move with the calendar. */
    static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 29).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /**
     * What the reader refuses that a JSON Schema cannot say, by the start of the reader's words: the
     * 法人番号's check digit, a period ending before it starts, an application dated after the plan's end
     * or past the horizon. (Parser limits are the other such checks: see {@link #parserLimit}.)
     */
    static final List<String> BEYOND_A_SCHEMA = List.of(
            "must be a 13-digit corporate number (法人番号) with a valid check digit",
            "must not be before period.start",
            "must not be after period.end",
            "must not be later than ");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PlanReader reader;
    private static PlanCodes codes;

    @BeforeAll
    static void reader() {
        codes = PlanCodes.load(Path.of("rules"));
        reader = PlanReader.create(codes, TODAY, PlanReader.DEFAULT_APPLICATION_HORIZON);
    }

    private static Schema servedSchema() {
        String text = given().get("/api/v1/schemas/plan.json").then().statusCode(200).extract().asString();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registry.getSchema(text);
    }

    private static JsonNode openApi() throws IOException {
        return JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    private static List<Path> bundledPlans() throws IOException {
        List<Path> plans = new ArrayList<>();
        for (String dir : List.of("examples", "rules")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                files.filter(f -> f.toString().endsWith(".plan.json")
                        || f.getParent() != null && f.getParent().endsWith("plans") && f.toString().endsWith(".json"))
                        .sorted().forEach(plans::add);
            }
        }
        return plans;
    }

    @Test
    void everyBundledPlanValidatesAgainstTheServedSchemaAndIsAcceptedByTheReader() throws IOException {
        Schema schema = servedSchema();
        List<Path> plans = bundledPlans();
        assertTrue(plans.size() >= 19, "the examples and the rule tests' plans: " + plans);
        for (Path plan : plans) {
            byte[] body = Files.readAllBytes(plan);
            assertEquals(List.of(), schema.validate(JSON.readTree(body)).stream().map(Object::toString).toList(), plan.toString());
            reader.read(body);
        }
    }

    @Test
    void theReaderAcceptsAFuzzedPlanIfAndOnlyIfItValidatesAgainstTheServedSchema() throws IOException {
        Schema schema = servedSchema();
        List<String> names = new ArrayList<>();
        List<ObjectNode> examples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".plan.json")).sorted().toList()) {
                names.add(file.toString());
                examples.add((ObjectNode) JSON.readTree(file.toFile()));
            }
        }
        PlanFuzzer fuzzer = new PlanFuzzer(SEED, names, examples);
        int accepted = 0;
        int refusedByBoth = 0;
        int beyondASchema = 0;
        int limits = 0;
        List<String> mismatches = new ArrayList<>();
        for (int n = 0; n < PLANS; n++) {
            PlanFuzzer.Case fuzzCase = fuzzer.plan(n);
            List<FieldError> refused;
            String kind = null;
            try {
                reader.read(fuzzCase.body());
                refused = List.of();
            } catch (InvalidPlanException e) {
                refused = e.errors();
                kind = e.kind();
            }
            if (kind != null && parserLimit(kind)) {
                limits++; // the body never became a JSON value the reader could judge field by field
                continue;
            }
            JsonNode tree = JSON.readTree(fuzzCase.body());
            List<String> invalid = schema.validate(tree).stream().map(Object::toString).toList();
            if (refused.isEmpty()) {
                accepted++;
                if (!invalid.isEmpty()) {
                    mismatches.add("case " + n + " " + fuzzCase.mutations() + ": the reader accepts, the schema says " + invalid);
                }
            } else if (invalid.isEmpty()) {
                boolean explained = refused.stream().allMatch(e -> BEYOND_A_SCHEMA.stream().anyMatch(e.detail()::startsWith));
                if (explained) {
                    beyondASchema++;
                } else {
                    mismatches.add("case " + n + " " + fuzzCase.mutations() + ": the schema accepts, the reader refuses " + refused);
                }
            } else {
                refusedByBoth++;
            }
        }
        System.out.printf("Plan contract (seed %d): %d fuzzed plans, %d accepted by both, %d refused by both, "
                        + "%d refused only for what a schema cannot say, %d refused by the parser's limits, %d mismatches%n",
                SEED, PLANS, accepted, refusedByBoth, beyondASchema, limits, mismatches.size());
        assertEquals(List.of(), mismatches.stream().limit(10).toList(), mismatches.size() + " mismatches");
        assertTrue(accepted > PLANS / 20 && refusedByBoth > PLANS / 5, "the fuzzer reaches both sides: " + accepted
                + " accepted, " + refusedByBoth + " refused");
    }

    /** The JSON parser's own refusals: syntax, depth, string length, digits. A schema is about values, not these. */
    private static boolean parserLimit(String kind) {
        return kind.equals("limit-exceeded") || kind.equals("malformed-json");
    }

    @Test
    void unknownCodesAreRefusedNamingThePointerAndTheAllowedValues() {
        for (String mineral : List.of("lithium", " LITHIUM", "UNOBTAINIUM")) {
            given().contentType("application/json").body(Plans.json(Plans.set(Plans.mine(), "/mineral", mineral)))
                    .post("/api/v1/evaluations").then().statusCode(400)
                    .body("errors.pointer", equalTo(List.of("/mineral")))
                    .body("errors[0].detail", containsString("LITHIUM, BORON"))
                    .body("errors[0].detail", containsString("COPPER"));
        }
        ObjectNode plan = Plans.set(Plans.mine(), "/project/country", "ZZ");
        Plans.set(plan, "/dependency/country", "JAPAN");
        given().contentType("application/json").body(Plans.json(plan)).post("/api/v1/evaluations").then().statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/dependency/country", "/project/country"))
                .body("errors[0].detail", containsString("ISO 3166-1 alpha-2"))
                .body("errors[0].detail", containsString("CountryCode in /api/v1/schemas/plan.json"));
    }

    @Test
    void aRealMineralOutsideThePolicysListsIsReadAndFailsScopeWithAReason() {
        given().contentType("application/json").header("Accept-Language", "en")
                .body(Plans.json(Plans.set(Plans.mine(), "/mineral", "COPPER"))).post("/api/v1/evaluations").then()
                .statusCode(200).body("criteria.find { it.id == 'scope.mineral' }.status", equalTo("FAIL"))
                .body("criteria.find { it.id == 'scope.mineral' }.reason", containsString("COPPER"));
    }

    @Test
    void anApplicationDatedAfterThePlanEndsOrFarInTheFutureIsRefusedNamingTheField() {
        ObjectNode late = Plans.set(Plans.mine(), "/applicationDate", "2034-04-01"); // the plan ends 2034-03-31
        assertRefusedAt(late, "/applicationDate", "must not be after period.end");
        ObjectNode far = Plans.set(Plans.mine(), "/applicationDate", "9999-12-31");
        Plans.remove(far, "/period/end");
        assertRefusedAt(far, "/applicationDate", "must not be later than " + LocalDate.now(TODAY).plusYears(1));
        ObjectNode inAYear = Plans.set(Plans.mine(), "/applicationDate", LocalDate.now(TODAY).plusYears(1).toString());
        reader.read(Plans.json(inAYear).getBytes(StandardCharsets.UTF_8)); // at the horizon: accepted
    }

    private static void assertRefusedAt(ObjectNode plan, String pointer, String detail) {
        try {
            reader.read(Plans.json(plan).getBytes(StandardCharsets.UTF_8));
        } catch (InvalidPlanException e) {
            assertEquals(List.of(pointer), e.errors().stream().map(FieldError::pointer).toList());
            assertTrue(e.errors().get(0).detail().startsWith(detail), e.errors().toString());
            return;
        }
        throw new AssertionError("accepted: " + plan);
    }

    @Test
    void aWholeNumberWrittenWithAZeroFractionIsAWholeNumberAsInJsonSchema() {
        ObjectNode plan = Plans.mine();
        ((ObjectNode) plan.at("/economics/projections/0")).put("year", 2028.0);
        reader.read(Plans.json(plan).getBytes(StandardCharsets.UTF_8));
        ((ObjectNode) plan.at("/economics/projections/0")).put("year", 2028.5);
        assertRefusedAt(plan, "/economics/projections/0/year", "must be a whole number");
    }

    @Test
    void textPlainIs415NamingJsonAndProblemJsonAloneIsAcceptable() {
        given().contentType("text/plain").body(Plans.json(Plans.mine())).post("/api/v1/evaluations").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("application/json"));
        given().contentType("application/json").accept("application/problem+json").body(Plans.json(Plans.mine()))
                .post("/api/v1/evaluations").then().statusCode(200).body("outcome", equalTo("PASS"));
        given().contentType("application/json").accept("application/problem+json").body("{}")
                .post("/api/v1/evaluations").then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").accept("image/png").body(Plans.json(Plans.mine()))
                .post("/api/v1/evaluations").then().statusCode(406);
    }

    @Test
    void theSchemaIsThePlanOfTheOpenApiDocumentWithoutInternalFields() throws IOException {
        JsonNode document = openApi();
        JsonNode served = JSON.readTree(given().get("/api/v1/schemas/plan.json").then().statusCode(200).extract().asString());
        JsonNode plan = document.at("/components/schemas/Plan");
        assertEquals(names(plan.get("properties")), names(served.get("properties")));
        assertEquals(plan.get("required"), served.get("required"));
        assertFalse(plan.get("properties").has("source"), "no internal source");
        for (String item : List.of("Projection", "Target", "CoreTechnology", "Supplier", "PlannedTransfer")) {
            JsonNode properties = document.at("/components/schemas/" + item + "/properties");
            assertFalse(properties.has("pointer") || properties.has("source"), item + " without internal fields");
            assertEquals(false, served.at("/$defs/" + item + "/additionalProperties").asBoolean(true), item + " is closed");
        }
        assertEquals("^[A-Za-z0-9._-]{1,64}$", plan.at("/properties/planId/pattern").asText());
        assertEquals("^[0-9]{13}$", document.at("/components/schemas/Applicant/properties/corporateNumber/pattern").asText());
        List<String> minerals = new ArrayList<>();
        document.at("/components/schemas/MineralCode/enum").forEach(c -> minerals.add(c.asText()));
        assertEquals(new ArrayList<>(codes.minerals().keySet()), minerals);
        Set<String> countries = new TreeSet<>();
        document.at("/components/schemas/CountryCode/enum").forEach(c -> countries.add(c.asText()));
        assertEquals(codes.countries(), countries);
        assertTrue(countries.contains("JP") && !countries.contains("ZZ"));
        assertTrue(document.at("/components/schemas/Period/description").asText().contains("must not be before period.start"));
    }

    @Test
    void everyPropertyIsDescribedAndEveryOperationNamedWithItsStatusesAndSecurity() throws IOException {
        JsonNode document = openApi();
        List<String> undescribed = new ArrayList<>();
        document.at("/components/schemas").fields().forEachRemaining(schema -> {
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.getValue().path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                if (property.getValue().path("description").asText().isBlank()) {
                    undescribed.add(schema.getKey() + "." + property.getKey());
                }
            }
        });
        assertEquals(List.of(), undescribed, "properties without a description");
        JsonNode paths = document.get("paths");
        assertStatuses(paths, "/api/v1/evaluations", "post", "evaluatePlan", "200", "400", "401", "406", "413", "415", "422");
        assertStatuses(paths, "/api/v1/rule-sets", "get", "listRuleSets", "200", "406");
        assertStatuses(paths, "/api/v1/rule-sets/reload", "post", "reloadRuleSets", "200", "401", "403", "413", "422");
        assertStatuses(paths, "/api/v1/schemas/plan.json", "get", "getPlanSchema", "200");
        assertStatuses(paths, "/", "get", "showEvaluationPage", "200", "404");
        assertStatuses(paths, "/reports", "post", "submitPlanFromPage", "303", "400", "401", "404", "413", "415");
        assertStatuses(paths, "/reports/{id}", "get", "showReport", "200", "401", "404");
        assertEquals(Set.of("apiKey", "apiKeyBearer", "adminToken"), names(document.at("/components/securitySchemes")));
        assertEquals("adminToken", document.at("/paths/~1api~1v1~1rule-sets~1reload/post/security/0").fieldNames().next());
        List<String> parameters = new ArrayList<>();
        document.at("/paths/~1api~1v1~1evaluations/post/parameters").forEach(p -> parameters.add(p.get("in").asText() + " " + p.get("name").asText()));
        assertTrue(parameters.contains("header Accept-Language"), parameters.toString());
        assertEquals(Set.of("exploration-fs", "mine-development", "refining", "technology-development"),
                names(document.at("/paths/~1api~1v1~1evaluations/post/requestBody/content/application~1json/examples")));
        assertEquals("null", document.at("/components/schemas/NationalTargetShare/properties/sharePercent/type/1").asText());
    }

    private static void assertStatuses(JsonNode paths, String path, String method, String operationId, String... statuses) {
        JsonNode operation = paths.path(path).path(method);
        assertEquals(operationId, operation.path("operationId").asText(), path);
        Set<String> documented = names(operation.path("responses"));
        for (String status : statuses) {
            assertTrue(documented.contains(status), method + " " + path + " documents " + status + ": " + documented);
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyMineralTheRulesNameIsOnTheCodeList() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> parameterFiles;
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            parameterFiles = files.filter(f -> f.getFileName().toString().equals("parameters.yaml")).toList();
        }
        assertFalse(parameterFiles.isEmpty());
        for (Path file : parameterFiles) {
            yaml.readTree(file.toFile()).fields().forEachRemaining(parameter -> {
                if (parameter.getKey().startsWith("minerals.") || parameter.getKey().endsWith(".exemptForRefining")) {
                    parameter.getValue().path("value").forEach(code -> assertTrue(codes.minerals().containsKey(code.asText()),
                            file + " " + parameter.getKey() + ": " + code.asText() + " is not on the code list (names.yaml)"));
                }
            });
        }
        assertTrue(codes.minerals().keySet().containsAll(List.of("COPPER", "ZINC", "LEAD", "IRON", "ALUMINIUM", "TIN",
                "SILVER", "GOLD")), "common real minerals outside the policy are on the list");
    }
}
