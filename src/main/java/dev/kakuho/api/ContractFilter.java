package dev.kakuho.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakuho.plan.PlanCodes;
import dev.kakuho.plan.PlanReader;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Makes the generated OpenAPI document the exact contract of what {@link PlanReader} accepts, from
 * the same sources: the code lists of the rules directory become the {@code MineralCode} and
 * {@code CountryCode} enums; every object of the plan refuses unknown properties; every optional
 * property accepts null (the reader takes null as absent); the reader's fixed limits become
 * {@code maxItems}, {@code maxLength} and numeric bounds; each activity gets its example plan from
 * the examples directory. Runs once at start-up, since the code lists and examples are read then.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ContractFilter implements OASFilter {

    static final String PLAN = "Plan";
    /** Security schemes: an API key as a header or as a bearer token, and the admin token. */
    static final String API_KEY = "apiKey";
    static final String API_KEY_BEARER = "apiKeyBearer";
    static final String ADMIN_TOKEN = "adminToken";
    private static final String REF_PREFIX = "#/components/schemas/";
    private static final BigDecimal DOUBLE_MAX = new BigDecimal("1.7976931348623157E308");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var config = ConfigProvider.getConfig();
        PlanCodes codes = PlanCodes.load(Path.of(config.getOptionalValue("rules.dir", String.class).orElse("rules")));
        openAPI.getComponents().addSchema(PlanCodes.MINERAL_CODE, mineralCodes(codes));
        openAPI.getComponents().addSchema(PlanCodes.COUNTRY_CODE, countryCodes(codes));
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String name : planSchemas(schemas)) {
            tighten(schemas.get(name));
            elementLimits(name, schemas.get(name));
        }
        Schema date = schemas.get("LocalDate");
        if (date != null) {
            date.setPattern(PlanReader.DATE_PATTERN);
            date.setDescription("A date written YYYY-MM-DD that exists in the calendar.");
        }
        addExamples(openAPI, Path.of(config.getOptionalValue("examples.dir", String.class).orElse("examples")));
        security(openAPI, config.getOptionalValues("evaluation.protected-paths", String.class)
                .orElse(List.of("/api/v1/evaluations", "/reports")));
    }

    /**
     * The security schemes, and on each operation what it needs: under the protected paths (the same
     * setting EvaluationAccessFilter reads) nothing, or an API key when evaluation.api-keys is set;
     * operations that declare the admin token keep it; the rest are open. Every POST may answer 413
     * (BodyLimit runs ahead of every route).
     */
    private static void security(OpenAPI openAPI, List<String> protectedPaths) {
        openAPI.getComponents()
                .addSecurityScheme(API_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("X-API-Key")
                        .description("An API key (evaluation.api-keys). Needed under evaluation.protected-paths only when "
                                + "API keys are configured; evaluation is open otherwise."))
                .addSecurityScheme(API_KEY_BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").description("The same API key as Authorization: Bearer <key>."))
                .addSecurityScheme(ADMIN_TOKEN, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").description("The admin token (admin.token) as Authorization: Bearer <token>, for "
                                + "operations that change what the service serves. Without admin.token they are refused (403)."));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            boolean guarded = protectedPaths.stream().map(String::strip).anyMatch(p -> !p.isEmpty() && path.startsWith(p));
            if (guarded) {
                operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                        OASFactory.createSecurityRequirement().addScheme(API_KEY),
                        OASFactory.createSecurityRequirement().addScheme(API_KEY_BEARER)));
                problem(operation, "401", "An API key is needed (evaluation.api-keys is set) and none, or a wrong one, was given");
            } else if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
            }
            if (method == PathItem.HttpMethod.POST) {
                problem(operation, "413", "The body is larger than evaluation.max-body-bytes");
            }
        }));
    }

    private static void problem(Operation operation, String status, String description) {
        if (operation.getResponses() == null || operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem")))));
    }

    private static Schema mineralCodes(PlanCodes codes) {
        return OASFactory.createSchema().addType(SchemaType.STRING)
                .enumeration(new ArrayList<>(codes.minerals().keySet()))
                .description("A mineral code (鉱種コード), one of the minerals the rule sets name in their names.yaml (rules/<material>/<revision>/names.yaml), where policy staff add a mineral with its names. "
                        + "Being on the list does not put a mineral in scope: the rule set's parameters decide that, and a "
                        + "mineral outside them (COPPER, say) fails scope.mineral. Codes: " + codes.minerals().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue().ja() + " (" + e.getValue().en() + ")")
                        .collect(Collectors.joining(", ")) + ".");
    }

    private static Schema countryCodes(PlanCodes codes) {
        return OASFactory.createSchema().addType(SchemaType.STRING)
                .enumeration(new ArrayList<>(codes.countries()))
                .description("A country code (国コード): ISO 3166-1 alpha-2 in capitals, as the Java runtime knows them.");
    }

    /** The names of the component schemas the plan is made of: Plan and everything it refers to. */
    static Set<String> planSchemas(Map<String, Schema> schemas) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(PLAN));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (found.add(name) && schemas.containsKey(name)) {
                refs(schemas.get(name), todo);
            }
        }
        found.retainAll(schemas.keySet());
        return found;
    }

    private static void refs(Schema schema, Deque<String> out) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(REF_PREFIX)) {
            out.push(schema.getRef().substring(REF_PREFIX.length()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> refs(p, out));
        }
        refs(schema.getItems(), out);
        Stream.of(schema.getAnyOf(), schema.getAllOf(), schema.getOneOf())
                .filter(l -> l != null).flatMap(List::stream).forEach(s -> refs(s, out));
    }

    /** One object of the plan: closed to unknown properties, optional ones nullable, the reader's limits stated. */
    private static void tighten(Schema schema) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return;
        }
        schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>();
        schema.getProperties().forEach((name, property) -> {
            String ref = ref(property);
            if (ref != null) {
                // a reference carries its own type: a type beside it would be applied too, and refuse null
                Schema reference = OASFactory.createSchema().ref(ref);
                reference.setDescription(property.getDescription());
                properties.put(name, required.contains(name) ? reference : nullable(reference));
                return;
            }
            limits(property);
            properties.put(name, required.contains(name) ? property : nullable(property));
        });
        schema.setProperties(properties);
    }

    /** The reader's fixed limits, where the classes say nothing tighter. */
    private static void limits(Schema property) {
        List<SchemaType> type = property.getType();
        if (type == null) {
            return;
        }
        if (type.contains(SchemaType.ARRAY)) {
            if (property.getMaxItems() == null) {
                property.setMaxItems(PlanReader.MAX_ITEMS);
            }
            if (property.getItems() != null) {
                limits(property.getItems());
            }
        } else if (type.contains(SchemaType.STRING)) {
            if (property.getMaxLength() == null && property.getPattern() == null) {
                property.setMaxLength(PlanReader.MAX_STRING);
            }
        } else if (type.contains(SchemaType.INTEGER) || type.contains(SchemaType.NUMBER)) {
            BigDecimal bound = "int32".equals(property.getFormat()) ? BigDecimal.valueOf(1L << 31)
                    : "int64".equals(property.getFormat()) ? new BigDecimal(java.math.BigInteger.ONE.shiftLeft(63))
                    : DOUBLE_MAX;
            boolean whole = bound != DOUBLE_MAX;
            if (property.getMinimum() == null && property.getExclusiveMinimum() == null) {
                if (whole) {
                    property.setMinimum(bound.negate());
                } else {
                    property.setExclusiveMinimum(bound.negate()); // finite: openapi-generator cannot take ±MAX as inclusive bounds
                }
            }
            if (property.getMaximum() == null && property.getExclusiveMaximum() == null) {
                if (whole) {
                    property.setMaximum(bound.subtract(BigDecimal.ONE));
                } else {
                    property.setExclusiveMaximum(bound);
                }
            }
        }
    }

    /** The property, also accepting null: a type list gains "null"; a reference becomes anyOf it or null. */
    private static Schema nullable(Schema property) {
        if (property.getType() != null && !property.getType().isEmpty()) {
            if (!property.getType().contains(SchemaType.NULL)) {
                property.addType(SchemaType.NULL);
            }
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                property.addEnumeration(null);
            }
            return property;
        }
        String ref = ref(property);
        if (ref == null) {
            return property;
        }
        Schema wrapped = OASFactory.createSchema()
                .anyOf(List.of(OASFactory.createSchema().ref(ref), OASFactory.createSchema().addType(SchemaType.NULL)));
        wrapped.setDescription(property.getDescription());
        return wrapped;
    }

    private static String ref(Schema property) {
        if (property.getRef() != null) {
            return property.getRef();
        }
        if (property.getAllOf() != null && property.getAllOf().size() == 1) {
            return property.getAllOf().get(0).getRef();
        }
        return null;
    }

    /**
     * Length limits on the strings of a list ({@code List<@Size(max = 500) String>}), which SmallRye does
     * not read from the element type: taken from the plan class of the same name.
     */
    private static void elementLimits(String name, Schema schema) {
        Class<?> type;
        try {
            type = Class.forName(PlanReader.class.getPackageName() + "." + name);
        } catch (ClassNotFoundException e) {
            return;
        }
        for (java.lang.reflect.Field field : type.getDeclaredFields()) {
            Schema property = schema.getProperties() == null ? null : schema.getProperties().get(field.getName());
            if (property == null || property.getItems() == null
                    || !(field.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType list)) {
                continue;
            }
            jakarta.validation.constraints.Size size = list.getAnnotatedActualTypeArguments()[0]
                    .getAnnotation(jakarta.validation.constraints.Size.class);
            if (size != null) {
                property.getItems().setMaxLength(size.max());
                if (size.min() > 0) {
                    property.getItems().setMinLength(size.min());
                }
            }
        }
    }

    /** One example plan per activity: in each folder of the examples directory, a plan whose stored report passes. */
    private static void addExamples(OpenAPI openAPI, Path examplesDir) {
        var path = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem("/api/v1/evaluations");
        if (path == null || path.getPOST() == null || path.getPOST().getRequestBody() == null || !Files.isDirectory(examplesDir)) {
            return;
        }
        MediaType json = path.getPOST().getRequestBody().getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json == null) {
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> folders = Files.list(examplesDir)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path chosen = null;
                try (Stream<Path> plans = Files.list(folder)) {
                    for (Path plan : plans.filter(p -> p.getFileName().toString().endsWith(".plan.json")).sorted().toList()) {
                        Path report = plan.resolveSibling(plan.getFileName().toString().replace(".plan.json", ".report.json"));
                        boolean passes = Files.exists(report) && "PASS".equals(mapper.readTree(report.toFile()).path("outcome").asText());
                        if (chosen == null || passes) {
                            chosen = plan;
                        }
                        if (passes) {
                            break;
                        }
                    }
                }
                if (chosen != null) {
                    Object value = mapper.readValue(chosen.toFile(), Object.class);
                    Example example = OASFactory.createExample()
                            .summary(String.valueOf(((Map<?, ?>) value).get("activity")) + ": " + chosen.getFileName())
                            .description("examples/" + folder.getFileName() + "/" + chosen.getFileName())
                            .value(value);
                    json.addExample(folder.getFileName().toString(), example);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the examples are documentation: a damaged examples directory leaves them out, never the document
            org.jboss.logging.Logger.getLogger(ContractFilter.class).warnf("Examples left out of the OpenAPI document: %s", e.getMessage());
        }
    }
}
