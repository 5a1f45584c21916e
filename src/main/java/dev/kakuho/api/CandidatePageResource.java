package dev.kakuho.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakuho.evaluation.CandidateImpact;
import dev.kakuho.rules.Candidate;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSetDiff;
import dev.kakuho.rules.RuleSetRegistry;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The candidate page for people: why a candidate was refused, or what it would change, and how to publish it. */
@Path("/rule-sets/{id}/candidates/{hash}")
public class CandidatePageResource {

    @Inject
    RuleSetRegistry registry;

    @Inject
    CandidateImpact impacts;

    @Inject
    dev.kakuho.web.ExamplesConfig examples;

    @Inject
    Template candidate;

    @Inject
    ObjectMapper json;

    @GET
    @AdminOnly
    @Produces(PageResource.HTML)
    @Operation(summary = "The candidate page", description = "A candidate's state, its problems, and its impact on the example "
            + "plans, as HTML for people. Needs the admin credential.")
    public Response page(@PathParam("id") String id, @PathParam("hash") String hash, @QueryParam("lang") String lang) {
        Optional<RuleSetRegistry.Entry> found = registry.candidate(id, hash);
        if (found.isEmpty()) {
            return Problem.of("no-such-candidate", "No such candidate", 404,
                    "No candidate " + hash + " of rule set " + id + " is held (it may have been published or replaced).", null)
                    .response();
        }
        RuleSetRegistry.Entry entry = found.get();
        Candidate c = entry.candidate();
        Language language = "en".equalsIgnoreCase(lang) ? Language.EN : Language.JA;
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("folder", entry.folder());
        view.put("state", c.state().name());
        view.put("hash", c.contentHash());
        view.put("published", entry.ruleSet() == null ? "(nothing)" : entry.ruleSet().contentHash());
        view.put("madeAt", c.madeAt().toString());
        view.put("by", c.by());
        view.put("mode", registry.publishMode().name().toLowerCase(java.util.Locale.ROOT));
        view.put("problems", json.convertValue(c.problems(), new TypeReference<List<Map<String, Object>>>() { }));
        view.put("waiting", !c.refused());
        view.put("publishUrl", "/api/v1/rule-sets/" + id + "/candidates/" + c.contentHash() + "/publish");
        view.put("diff", diff(entry, c));
        view.put("impact", impacts.of(id, hash, examples.dir(), language)
                .map(i -> json.convertValue(i, new TypeReference<Map<String, Object>>() { })).orElse(null));
        return Response.ok(candidate.data("view", view).render()).type(PageResource.HTML)
                .header("Cache-Control", "no-store").build();
    }

    /**
     * What the candidate changes in the published rule set's files, as {@code bin/rules diff} shows it:
     * the published side as it was loaded, the candidate as compiled (or, refused before compiling, the
     * folder as it is now). Null when nothing is published to compare with.
     */
    private Map<String, Object> diff(RuleSetRegistry.Entry entry, Candidate c) {
        if (entry.ruleSet() == null) {
            return null;
        }
        Map<String, String> after = c.ruleSet() != null ? c.ruleSet().sources() : RuleSetDiff.texts(entry.ruleSet().directory());
        RuleSetDiff diff = RuleSetDiff.between("published " + entry.ruleSet().contentHash(), entry.ruleSet().sources(),
                "candidate " + c.contentHash(), after);
        Map<String, Object> view = json.convertValue(diff, new TypeReference<Map<String, Object>>() { });
        view.put("empty", diff.isEmpty());
        return view;
    }
}
