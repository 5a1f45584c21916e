package dev.kakuho.api;

import dev.kakuho.evaluation.CandidateImpact;
import dev.kakuho.evaluation.Impact;
import dev.kakuho.rules.Candidate;
import dev.kakuho.rules.Criterion;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.Publication;
import dev.kakuho.rules.RuleProblem;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetRegistry;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

/**
 * What rule sets the service holds, whether each serves, the candidate edit that does not (refused, or
 * waiting for an admin), their criteria catalogues; publishing a waiting candidate, and its impact.
 */
@Path("/api/v1/rule-sets")
@Tag(name = "Rule sets", description = "The rule sets the service holds, and reloading them")
public class RuleSetResource {

    @Inject
    RuleSetRegistry registry;

    @Inject
    AdminCredential admin;

    @Inject
    CandidateImpact impacts;

    @Inject
    dev.kakuho.web.ExamplesConfig examples;

    /**
     * One rule-set folder: its status and, when it serves, what it is; the candidate that does not serve;
     * how many problems keep it out, and (to the admin only) each of them by file and line.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One rule-set folder: its status and, when it serves, what it is; the candidate that does not serve.")
    public record RuleSetView(
            @Schema(required = true, description = "The folder, <material>/<revision>.") String folder,
            @Schema(required = true, enumeration = {"LOADED", "STALE", "FAILED"}, description = "LOADED; STALE: its last edit "
                    + "was refused and the published version serves; FAILED: nothing serves.") String status,
            @Schema(required = true, enumeration = {"auto", "manual"}, description = "How a passing candidate comes to serve: at once (auto) or when an admin publishes it (manual).") String publishMode,
            @Schema(description = "When the version that serves was loaded; absent when none serves.") Instant loadedAt,
            @Schema(description = "The rule set's id; absent when none serves.") String id,
            @Schema(description = "The specified critical material it judges; absent when none serves.") String material,
            @Schema(description = "The revision of the policy; absent when none serves.") LocalDate revision,
            @Schema(description = "The first application date it judges; absent when none serves.") LocalDate appliesFrom,
            @Schema(description = "Its title; absent when none serves.") String title,
            @Schema(description = "The policy document it implements; absent when none serves.") String source,
            @Schema(description = "sha256 of the files that serve; absent when none serves.") String contentHash,
            @Schema(required = true, description = "How many problems keep its last edit out.") int problemCount,
            @Schema(description = "The version of the folder that does not serve (refused, or waiting for an admin); absent when none.") CandidateView candidate,
            @Schema(required = true, description = "Its criteria catalogue (empty when nothing serves).") List<CriterionView> criteria,
            @Schema(description = "The problems by file and line: only with the admin credential.") List<RuleProblem> errors) {
    }

    /** A version of the folder that does not serve: REFUSED or WAITING, with where to read its impact. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A version of the folder that does not serve: REFUSED, or WAITING for an admin in manual mode.")
    public record CandidateView(
            @Schema(required = true, description = "sha256 of its files.") String contentHash,
            @Schema(required = true, enumeration = {"REFUSED", "WAITING"}, description = "REFUSED or WAITING.") String state,
            @Schema(required = true, description = "When it was made.") Instant madeAt,
            @Schema(required = true, description = "What made it: the watcher, a reload request or start-up.") String by,
            @Schema(required = true, description = "How many problems it has.") int problemCount,
            @Schema(description = "Where its impact report is (admin).") String impact,
            @Schema(description = "Its page for people (admin).") String page,
            @Schema(description = "Where an admin publishes it; absent when refused.") String publish) {
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
    @Operation(operationId = "reloadRuleSets", summary = "Make candidates of edited rule sets now",
            description = "Compiles, checks and runs the rule tests of every rule-set folder whose files changed. A candidate "
                    + "that passes serves at once in auto mode, or waits for publication in manual mode; one that fails never "
                    + "serves, and the published version keeps serving. Needs the admin credential. Answers 200 when no "
                    + "candidate was refused, 422 with the problems by file and line when any was, and a 422 problem when the "
                    + "rules directory cannot be read or holds no rule set.")
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
        List<RuleSetView> views = registry.reload(force, "admin").stream().map(e -> view(e, true)).toList();
        List<RuleProblem> directory = registry.problems();
        if (!directory.isEmpty()) {
            return Problem.of("rules-directory-unusable", "The rules directory cannot be used", 422,
                    directory.get(0).message() + "; the rule sets loaded before keep serving.", null).response();
        }
        boolean noneRefused = views.stream().allMatch(v -> v.problemCount() == 0 && !"FAILED".equals(v.status()));
        return Response.status(noneRefused ? 200 : 422).entity(views).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listRuleSets", summary = "List the rule sets",
            description = "Each rule-set folder with its status — LOADED; STALE: its last edit was refused, the published "
                    + "version serves; FAILED: nothing serves — the candidate that does not serve (REFUSED, or WAITING for "
                    + "an admin in manual mode), the number of problems, and the criteria catalogue. The problems themselves, "
                    + "by file and line (failed rule tests with criterion, expected and got; reason templates; absent() "
                    + "pointers), are listed only with the admin credential.")
    @APIResponse(responseCode = "200", description = "Every rule-set folder", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RuleSetView.class)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RuleSetView> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        boolean full = admin.accepts(authorization);
        return registry.entries().stream().map(e -> view(e, full)).toList();
    }

    @POST
    @Path("/{id}/candidates/{hash}/publish")
    @AdminOnly
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ContractFilter.ADMIN_TOKEN)
    @Operation(operationId = "publishCandidate", summary = "Publish a waiting candidate",
            description = "Manual mode: puts a candidate that passed every check into service and logs who and when. "
                    + "404 when no such candidate waits; 409 when it was refused.")
    public Response publish(@PathParam("id") String id, @PathParam("hash") String hash,
                            @Parameter(description = "who publishes, for the log") @QueryParam("by") String by) {
        String who = by == null || by.isBlank() ? "admin" : "admin (" + by.strip() + ")";
        try {
            return Response.ok(view(registry.publish(id, hash, who), true)).type(MediaType.APPLICATION_JSON).build();
        } catch (RuleSetRegistry.NotPublishable e) {
            boolean exists = registry.candidate(id, hash).isPresent();
            return Problem.of(exists ? "candidate-refused" : "no-such-candidate",
                    exists ? "The candidate was refused" : "No such candidate", exists ? 409 : 404, e.getMessage(), null).response();
        }
    }

    @GET
    @Path("/{id}/candidates/{hash}/impact")
    @AdminOnly
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ContractFilter.ADMIN_TOKEN)
    @Operation(operationId = "showCandidateImpact", summary = "What a candidate would change",
            description = "The bundled example plans (and stored plans, once kept) under the published rule set and the "
                    + "candidate: per plan the outcome before → after and each criterion that changed; per criterion the "
                    + "number of plans changed by direction. Reasons in ?lang=ja (default) or en.")
    public Response impact(@PathParam("id") String id, @PathParam("hash") String hash, @QueryParam("lang") String lang) {
        Language language = "en".equalsIgnoreCase(lang) ? Language.EN : Language.JA;
        return impacts.of(id, hash, examples.dir(), language).map(i -> Response.ok(i).type(MediaType.APPLICATION_JSON).build())
                .orElseGet(() -> Problem.of("no-such-candidate", "No such candidate", 404,
                        "No candidate " + hash + " of rule set " + id + " that compiled, with a published version to compare with.",
                        null).response());
    }

    @GET
    @Path("/publications")
    @AdminOnly
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ContractFilter.ADMIN_TOKEN)
    @Operation(operationId = "listPublications", summary = "The publication log", description = "Every rule set put into service: folder, previous and new "
            + "content hash, by whom and when, oldest first.")
    public List<Publication> publications() {
        return registry.publications();
    }

    RuleSetView view(RuleSetRegistry.Entry entry, boolean full) {
        RuleSet r = entry.ruleSet();
        String status = entry.healthy() ? "LOADED" : r == null ? "FAILED" : "STALE";
        Candidate c = entry.candidate();
        CandidateView candidate = null;
        if (c != null) {
            String base = c.ruleSet() == null ? null : "/api/v1/rule-sets/" + c.ruleSet().id() + "/candidates/" + c.contentHash();
            String page = c.ruleSet() == null ? null : "/rule-sets/" + c.ruleSet().id() + "/candidates/" + c.contentHash();
            candidate = new CandidateView(c.contentHash(), c.state().name(), c.madeAt(), c.by(), c.problems().size(),
                    base == null || r == null ? null : base + "/impact", page == null || r == null ? null : page,
                    c.refused() || base == null ? null : base + "/publish");
        }
        List<RuleProblem> errors = full ? entry.problems() : null;
        String mode = registry.publishMode().name().toLowerCase(java.util.Locale.ROOT);
        if (r == null) {
            return new RuleSetView(entry.folder(), status, mode, entry.loadedAt(), null, null, null, null, null, null, null,
                    entry.problems().size(), candidate, List.of(), errors);
        }
        var m = r.manifest();
        List<CriterionView> criteria = r.catalogue().criteria().stream()
                .map((Criterion cr) -> new CriterionView(cr.id(), cr.section(), cr.ref(), cr.summary())).toList();
        return new RuleSetView(entry.folder(), status, mode, entry.loadedAt(), m.id(), m.material().name(), m.revision(),
                m.appliesFrom(), m.title(), m.source().title(), r.contentHash(), entry.problems().size(), candidate, criteria, errors);
    }
}
