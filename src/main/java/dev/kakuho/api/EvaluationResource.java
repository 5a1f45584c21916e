package dev.kakuho.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakuho.evaluation.RecordedEvaluations;
import dev.kakuho.plan.Plan;
import dev.kakuho.evaluation.EvaluationService;
import dev.kakuho.records.EvaluationRecord;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evaluates a plan against the rule set that judges it. */
@Path("/api/v1/evaluations")
@Tag(name = "Evaluation", description = "Evaluate a plan against the rule set that judges it")
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    RecordedEvaluations recorded;

    @Inject
    ReportPages pages;

    @Inject
    CallerIdentity caller;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON) // and application/problem+json alone: see ProblemJsonAccepted
    @Operation(operationId = "evaluatePlan", summary = "Evaluate a supply-assurance plan",
            description = "Every criterion of the rule set that judges the plan's application date, in catalogue order, "
                    + "each with its status, the quoted clause, the reason and the facts that decided it. Reasons are in "
                    + "Japanese unless Accept-Language (or lang=en) asks for English. With Accept: text/html the same "
                    + "evaluation comes as an HTML report at the address in Content-Location. Each evaluation is stored as a "
                    + "record before it is answered: the answer carries its recordId and receipt (Location: the record), "
                    + "unless dryRun=true (nothing stored) or the deployment switches records off. The plan's "
                    + "JSON Schema is at /api/v1/schemas/plan.json.")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "The language of the reasons: ja (default) or en; "
            + "the first of these that the header lists is taken.", schema = @Schema(type = SchemaType.STRING), example = "en")
    @RequestBody(required = true, description = "The plan, as application/json.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Plan.class)))
    @APIResponse(responseCode = "200", description = "The report; with Accept: text/html the report as a page, its address in Content-Location",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
                       @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "The body is not a valid plan; every offending field is named by JSON pointer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The Accept header allows none of application/json, application/problem+json, text/html",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No loaded revision of the rules judges the application date (附則)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response evaluate(InputStream body, HttpHeaders headers,
                             @Parameter(description = "ja or en; overrides Accept-Language") @QueryParam("lang") String lang,
                             @Parameter(description = "true: evaluate without storing a record (e.g. a portal's live draft checks)")
                             @QueryParam("dryRun") boolean dryRun) {
        if (headers.getAcceptableMediaTypes().stream().noneMatch(MediaType.APPLICATION_JSON_TYPE::isCompatible)) {
            throw new jakarta.ws.rs.NotAcceptableException(); // the answer is JSON (or a problem): 406 before anything is stored
        }
        Language language = language(headers, lang);
        RecordedEvaluations.Recorded answer = recorded.evaluate(evaluations.read(body), language, caller.id(), dryRun);
        if (answer.record() == null) {
            return Response.ok(answer.evaluation().report(language), MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(withReceipt(answer.record(), language, json), MediaType.APPLICATION_JSON)
                .location(java.net.URI.create("/api/v1/records/" + answer.record().id())).build();
    }

    /** The report exactly as recorded, followed by the record's id and the receipt of the report. */
    static String withReceipt(EvaluationRecord record, Language language, ObjectMapper json) {
        String report = record.reports().get(language).json();
        try {
            return report.substring(0, report.lastIndexOf('}')) + ",\"recordId\":" + json.writeValueAsString(record.id())
                    + ",\"receipt\":" + json.writeValueAsString(record.receipt(language)) + "}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
    public Response evaluateAsHtml(byte[] body, HttpHeaders headers, @QueryParam("lang") String lang,
                                   @QueryParam("dryRun") boolean dryRun) {
        Language language = language(headers, lang);
        ReportPages.Submission submission = pages.submit(body, language, null, caller.id(), dryRun);
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
