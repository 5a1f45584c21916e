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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What rule sets the service holds, whether each loaded, and their criteria catalogues. */
@Path("/api/v1/rule-sets")
public class RuleSetResource {

    @Inject
    RuleSetRegistry registry;

    /** One rule-set folder: its load status and, when it serves, what it is. */
    public record RuleSetView(String folder, String status, Instant loadedAt, String id, String material, LocalDate revision,
                              LocalDate appliesFrom, String title, String source, String contentHash,
                              List<CriterionView> criteria, List<RuleProblem> errors) {
    }

    /** A criterion of the catalogue. */
    public record CriterionView(String id, String section, String ref, String summary) {
    }

    @POST
    @Path("/reload")
    @AdminOnly
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reload the rule sets now",
            description = "Compiles and checks every rule-set folder and swaps in those that pass; a folder that fails "
                    + "keeps serving its last good version. Needs the admin credential (Authorization: Bearer). Answers 200 "
                    + "when every folder loaded, 422 with the problems by file and line when any was refused, and a 422 "
                    + "problem when the rules directory cannot be read or holds no rule set (the loaded ones keep serving).")
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
    @Operation(summary = "List the loaded rule sets",
            description = "Each rule-set folder with its load status — LOADED; STALE: its last edit was refused, the "
                    + "previous version serves; FAILED: it never loaded — the errors by file and line, and the criteria "
                    + "catalogue of the rule set it serves.")
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
