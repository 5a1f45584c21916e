package dev.kakuho.api;

import dev.kakuho.rules.Criterion;
import dev.kakuho.rules.RuleProblem;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What rule sets the service holds, whether each loaded, and their criteria catalogues. */
@Path("/api/v1/rule-sets")
@Tag(name = "Rule sets", description = "The rule sets the service holds, and reloading them")
public class RuleSetResource {

    @Inject
    RuleSetRegistry registry;

    /** One rule-set folder: its load status and, when it serves, what it is. */
    @Schema(description = "One rule-set folder: its load status and, when it serves, what it is (null when it never loaded).")
    public record RuleSetView(
            @Schema(required = true, description = "The folder, <material>/<revision>.") String folder,
            @Schema(required = true, enumeration = {"LOADED", "STALE", "FAILED"}, description = "LOADED; STALE: its last edit "
                    + "was refused and the previous version serves; FAILED: it never loaded.") String status,
            @Schema(required = true, nullable = true, description = "When the version that serves was loaded.") Instant loadedAt,
            @Schema(required = true, nullable = true, description = "The rule set's id.") String id,
            @Schema(required = true, nullable = true, description = "The specified critical material it judges.") String material,
            @Schema(required = true, nullable = true, description = "The revision of the policy.") LocalDate revision,
            @Schema(required = true, nullable = true, description = "The first application date it judges.") LocalDate appliesFrom,
            @Schema(required = true, nullable = true, description = "Its title.") String title,
            @Schema(required = true, nullable = true, description = "The policy document it implements.") String source,
            @Schema(required = true, nullable = true, description = "sha256 of its files.") String contentHash,
            @Schema(required = true, description = "Its criteria catalogue (empty when it never loaded).") List<CriterionView> criteria,
            @Schema(required = true, description = "What is wrong with its files, by file and line.") List<RuleProblem> errors) {
    }

    /** A criterion of the catalogue. */
    @Schema(description = "A criterion of the catalogue.")
    public record CriterionView(
            @Schema(required = true, description = "The criterion's id.") String id,
            @Schema(required = true, description = "The section of chapter 3 it belongs to.") String section,
            @Schema(required = true, description = "Where its clause is.") String ref,
            @Schema(required = true, description = "A one-line English summary.") String summary) {
    }

    @POST
    @Path("/reload")
    @AdminOnly
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reloadRuleSets", summary = "Reload the rule sets now",
            description = "Compiles and checks every rule-set folder and swaps in those that pass; a folder that fails "
                    + "keeps serving its last good version. Needs the admin credential (Authorization: Bearer). Answers 200 "
                    + "when every folder loaded, 422 with the problems by file and line when any was refused, and a 422 "
                    + "problem when the rules directory cannot be read or holds no rule set (the loaded ones keep serving).")
    @SecurityRequirement(name = ContractFilter.ADMIN_TOKEN)
    @APIResponse(responseCode = "200", description = "Every rule-set folder loaded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RuleSetView.class)))
    @APIResponse(responseCode = "401", description = "The admin credential is missing or wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No admin credential is configured: admin operations are switched off",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A folder was refused (the list, with the problems by file and line), "
            + "or the rules directory cannot be used (a problem); what was loaded before keeps serving", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RuleSetView.class)),
            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))})
    public Response reload(@Parameter(description = "recompile rule sets whose files have not changed too")
                           @QueryParam("force") boolean force) {
        List<RuleSetView> views = registry.reload(force).stream().map(RuleSetResource::view).toList();
        List<RuleProblem> directory = registry.problems();
        if (!directory.isEmpty()) {
            return Problem.of("rules-directory-unusable", "The rules directory cannot be used", 422,
                    directory.get(0).message() + "; the rule sets loaded before keep serving.", null).response();
        }
        boolean allLoaded = views.stream().allMatch(v -> "LOADED".equals(v.status()));
        return Response.status(allLoaded ? 200 : 422).entity(views).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listRuleSets", summary = "List the loaded rule sets",
            description = "Each rule-set folder with its load status — LOADED; STALE: its last edit was refused, the "
                    + "previous version serves; FAILED: it never loaded — the errors by file and line, and the criteria "
                    + "catalogue of the rule set it serves.")
    @APIResponse(responseCode = "200", description = "Every rule-set folder", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RuleSetView.class)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RuleSetView> list() {
        return registry.entries().stream().map(RuleSetResource::view).toList();
    }

    private static RuleSetView view(RuleSetRegistry.Entry entry) {
        RuleSet r = entry.ruleSet();
        String status = entry.healthy() ? "LOADED" : r == null ? "FAILED" : "STALE";
        if (r == null) {
            return new RuleSetView(entry.folder(), status, entry.loadedAt(), null, null, null, null, null, null, null,
                    List.of(), entry.problems());
        }
        var m = r.manifest();
        List<CriterionView> criteria = r.catalogue().criteria().stream()
                .map((Criterion c) -> new CriterionView(c.id(), c.section(), c.ref(), c.summary())).toList();
        return new RuleSetView(entry.folder(), status, entry.loadedAt(), m.id(), m.material().name(), m.revision(),
                m.appliesFrom(), m.title(), m.source().title(), r.contentHash(), criteria, entry.problems());
    }
}
