package dev.kakuho.api;

import dev.kakuho.plan.Plan;
import dev.kakuho.report.EvaluationService;
import dev.kakuho.report.Report;
import dev.kakuho.rules.Language;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Evaluates a plan against the rule set that judges it. */
@Path("/api/v1/evaluations")
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate a supply-assurance plan",
            description = "Every criterion of the rule set that judges the plan's application date, in catalogue order, "
                    + "each with its status, the quoted clause, the reason and the facts that decided it. Reasons are in "
                    + "Japanese unless Accept-Language (or lang=en) asks for English.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Plan.class)))
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", description = "The body is not a valid plan; every offending field is named by JSON pointer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than evaluation.max-body-bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No loaded revision of the rules judges the application date (附則)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Report evaluate(InputStream body, HttpHeaders headers,
                           @Parameter(description = "ja or en; overrides Accept-Language") @QueryParam("lang") String lang) {
        return evaluations.evaluate(body, language(headers, lang));
    }

    static Language language(HttpHeaders headers, String lang) {
        if (lang != null) {
            return Language.preferred(java.util.List.of(java.util.Locale.forLanguageTag(lang)));
        }
        return Language.preferred(headers.getAcceptableLanguages());
    }
}
