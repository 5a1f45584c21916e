package dev.kakuho.api;

import dev.kakuho.plan.Plan;
import dev.kakuho.evaluation.EvaluationService;
import dev.kakuho.report.Report;
import dev.kakuho.rules.Language;
import dev.kakuho.web.ReportPages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    @Inject
    ReportPages pages;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate a supply-assurance plan",
            description = "Every criterion of the rule set that judges the plan's application date, in catalogue order, "
                    + "each with its status, the quoted clause, the reason and the facts that decided it. Reasons are in "
                    + "Japanese unless Accept-Language (or lang=en) asks for English. With Accept: text/html the same "
                    + "evaluation comes as an HTML report, kept for a while at the address in Content-Location.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Plan.class)))
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
                       @Content(mediaType = MediaType.TEXT_HTML)})
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

    /**
     * The same evaluation as an HTML report for a reader ({@code Accept: text/html}), stored so that its
     * language can be switched and it can be linked to; a plan that cannot be evaluated gets the page
     * at {@code /} back, with its problems placed beside its lines.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PageResource.HTML)
    @Operation(hidden = true)
    public Response evaluateAsHtml(byte[] body, HttpHeaders headers, @QueryParam("lang") String lang) {
        Language language = language(headers, lang);
        ReportPages.Submission submission = pages.submit(body, language, null);
        if (submission instanceof ReportPages.Accepted accepted) {
            return Response.fromResponse(PageResource.html(200, pages.report(accepted.stored(), language)))
                    .contentLocation(PageResource.reportUri(accepted.stored().id(), language)).build();
        }
        ReportPages.Refused refused = (ReportPages.Refused) submission;
        return PageResource.html(refused.status(), refused.page());
    }

    /** The language asked for: {@code lang} if given, else the first of Accept-Language that reports are written in; Japanese by default. */
    static Language language(HttpHeaders headers, String lang) {
        if (lang != null) {
            return Language.preferred(java.util.List.of(java.util.Locale.forLanguageTag(lang)));
        }
        return Language.preferred(headers.getAcceptableLanguages());
    }
}
