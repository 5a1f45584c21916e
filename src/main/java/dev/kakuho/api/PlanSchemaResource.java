package dev.kakuho.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The plan's JSON Schema (2020-12) at a stable address, cut from the OpenAPI document the service
 * serves: the {@code Plan} schema with every schema it refers to under {@code $defs}. Being made from
 * that document, it cannot say anything the document does not.
 */
@Path("/api/v1/schemas")
@Tag(name = "Contract", description = "The plan contract as JSON Schema")
public class PlanSchemaResource {

    static final String MEDIA_TYPE = "application/schema+json";
    /** Formats of OpenAPI that JSON Schema does not define; the bounds beside them say the same. */
    private static final Set<String> OPENAPI_FORMATS = Set.of("int32", "int64", "float", "double");

    @Inject
    OpenApiDocumentService documents;

    @Inject
    ObjectMapper json;

    private volatile byte[] schema;

    @GET
    @Path("plan.json")
    @Produces({MEDIA_TYPE, jakarta.ws.rs.core.MediaType.APPLICATION_JSON})
    @Operation(operationId = "getPlanSchema", summary = "The plan's JSON Schema",
            description = "JSON Schema (draft 2020-12) of the plan POST /api/v1/evaluations accepts, the same as the OpenAPI "
                    + "document's Plan schema. A plan that validates is accepted, except for what a schema cannot say: the "
                    + "法人番号's check digit, period.end not before period.start, the application date's plausibility "
                    + "(not after period.end, not past today plus the horizon), numbers of more than 64 digits, and string "
                    + "lengths, which the service counts in UTF-16 units.")
    @APIResponse(responseCode = "200", description = "The schema", content = @Content(mediaType = MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "A JSON Schema (draft 2020-12).")))
    public byte[] planSchema() {
        byte[] made = schema;
        if (made == null) {
            made = make();
            schema = made;
        }
        return made;
    }

    private byte[] make() {
        try {
            JsonNode document = json.readTree(documents.getDocument(OpenApiFilter.DEFAULT_DOCUMENT_NAME, Format.JSON));
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(planSchema(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Schema of the plan, from an OpenAPI 3.1 document. */
    static ObjectNode planSchema(JsonNode document) {
        JsonNode components = document.path("components").path("schemas");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode out = mapper.createObjectNode();
        out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        out.put("$id", "urn:supply-plan-evaluator:schema:plan");
        out.put("title", "Supply-assurance plan (供給確保計画)");
        ObjectNode plan = components.path(ContractFilter.PLAN).deepCopy();
        out.setAll(rewrite(plan));
        ObjectNode defs = out.putObject("$defs");
        for (String name : ContractFilter.planSchemas(names(components))) {
            if (!name.equals(ContractFilter.PLAN)) {
                defs.set(name, rewrite(components.get(name).deepCopy()));
            }
        }
        return out;
    }

    private static Map<String, org.eclipse.microprofile.openapi.models.media.Schema> names(JsonNode components) {
        // planSchemas walks references by name: a light view of the JSON components as schema models
        Map<String, org.eclipse.microprofile.openapi.models.media.Schema> view = new java.util.LinkedHashMap<>();
        components.fieldNames().forEachRemaining(name -> view.put(name, model(components.get(name))));
        return view;
    }

    private static org.eclipse.microprofile.openapi.models.media.Schema model(JsonNode node) {
        var schema = org.eclipse.microprofile.openapi.OASFactory.createSchema();
        if (node.has("$ref")) {
            schema.setRef(node.get("$ref").asText());
        }
        if (node.has("properties")) {
            node.get("properties").fields().forEachRemaining(e -> schema.addProperty(e.getKey(), model(e.getValue())));
        }
        if (node.has("items")) {
            schema.setItems(model(node.get("items")));
        }
        for (String list : new String[] {"anyOf", "allOf", "oneOf"}) {
            for (JsonNode element : node.path(list)) {
                schema.addAnyOf(model(element));
            }
        }
        return schema;
    }

    /** References point into {@code $defs}; OpenAPI's own number formats go. */
    private static ObjectNode rewrite(ObjectNode node) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (field.getKey().equals("$ref") && value.isTextual()) {
                String target = value.asText().replace("#/components/schemas/", "");
                field.setValue(com.fasterxml.jackson.databind.node.TextNode.valueOf(
                        target.equals(ContractFilter.PLAN) ? "#" : "#/$defs/" + target));
            } else if (field.getKey().equals("format") && value.isTextual() && OPENAPI_FORMATS.contains(value.asText())) {
                it.remove();
            } else if (value.isObject()) {
                rewrite((ObjectNode) value);
            } else if (value.isArray()) {
                value.forEach(element -> {
                    if (element.isObject()) {
                        rewrite((ObjectNode) element);
                    }
                });
            }
        }
        return node;
    }
}
