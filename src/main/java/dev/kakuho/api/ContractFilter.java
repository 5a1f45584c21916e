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
    private static final String REF_PREFIX = "#/components/schemas/";
    private static final BigDecimal DOUBLE_MAX = new BigDecimal("1.7976931348623157E308");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        var config = ConfigProvider.getConfig();
        PlanCodes codes = PlanCodes.load(Path.of(config.getOptionalValue("rules.dir", String.class).orElse("rules")));
        schemas.put(PlanCodes.MINERAL_CODE, mineralCodes(codes));
        schemas.put(PlanCodes.COUNTRY_CODE, countryCodes(codes));
        for (String name : planSchemas(schemas)) {
            tighten(schemas.get(name));
        }
        Schema date = schemas.get("LocalDate");
        if (date != null) {
            date.setPattern(PlanReader.DATE_PATTERN);
            date.setDescription("A date written YYYY-MM-DD that exists in the calendar.");
        }
        addExamples(openAPI, Path.of(config.getOptionalValue("examples.dir", String.class).orElse("examples")));
    }

    private static Schema mineralCodes(PlanCodes codes) {
        return OASFactory.createSchema().addType(SchemaType.STRING)
                .enumeration(new ArrayList<>(codes.minerals().keySet()))
                .description("A mineral code (鉱種コード), from the code list in rules/codes.yaml; policy staff add codes there. "
                        + "Being on the list does not put a mineral in scope: the rule set's parameters decide that, and a "
                        + "mineral outside them (COPPER, say) fails scope.mineral. Codes: " + codes.minerals().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue().ja() + " (" + e.getValue().en() + ")")
                        .collect(Collectors.joining(", ")) + ".");
    }

    private static Schema countryCodes(PlanCodes codes) {
        return OASFactory.createSchema().addType(SchemaType.STRING)
                .enumeration(new ArrayList<>(codes.countries()))
                .description("A country code (国コード): ISO 3166-1 alpha-2 in capitals, as the Java runtime knows them, "
                        + "plus any extra codes listed in rules/codes.yaml.");
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
            boolean whole = type.contains(SchemaType.INTEGER);
            if (property.getMinimum() == null && property.getExclusiveMinimum() == null) {
                property.setMinimum(bound.negate());
            }
            if (property.getMaximum() == null && property.getExclusiveMaximum() == null) {
                property.setMaximum(whole ? bound.subtract(BigDecimal.ONE) : bound);
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
        String ref = property.getRef();
        if (ref == null && property.getAllOf() != null && property.getAllOf().size() == 1) {
            ref = property.getAllOf().get(0).getRef();
        }
        if (ref == null) {
            return property;
        }
        Schema wrapped = OASFactory.createSchema()
                .anyOf(List.of(OASFactory.createSchema().ref(ref), OASFactory.createSchema().addType(SchemaType.NULL)));
        wrapped.setDescription(property.getDescription());
        return wrapped;
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
