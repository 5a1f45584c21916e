package dev.kakuho.api;

import dev.kakuho.plan.FieldError;
import dev.kakuho.rules.Language;
import dev.kakuho.web.Examples;
import dev.kakuho.web.ReportPages;
import dev.kakuho.web.ReportStore;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import dev.kakuho.plan.BodyTooLargeException;

/**
 * The reviewers' page: {@code /} to paste, upload or pick a plan; {@code POST /reports} evaluates it
 * and redirects to its report, {@code /reports/{id}?lang=ja|en}, kept as an evaluation record (in memory
 * for a while when records are switched off).
 */
@Path("/")
@Produces(PageResource.HTML)
@Tag(name = "Page", description = "The reviewers' page: evaluate a plan in a browser and read its report")
public class PageResource {

    /** HTML, with its encoding said, so a saved or attached report reads the same everywhere. */
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @Inject
    ReportPages pages;

    @Inject
    Examples examples;

    @Inject
    CallerIdentity caller;

    @GET
    @Operation(operationId = "showEvaluationPage", summary = "The page to evaluate a plan", description = "Paste or upload a plan, or pick a bundled example; "
            + "example=<activity>/<name> opens that example in the editor.")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "The page's language: ja (default) or en.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No bundled example of that name", content = @Content(mediaType = HTML,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow text/html",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response index(@QueryParam("lang") String lang, @QueryParam("example") String example, HttpHeaders headers) {
        Language language = EvaluationResource.language(headers, lang);
        if (example == null || example.isBlank()) {
            return html(200, pages.index(language, null, ""));
        }
        Optional<Examples.Example> found = examples.find(example);
        if (found.isEmpty()) {
            return html(404, pages.unknownExample(language, example));
        }
        String text = new String(examples.read(found.get()), StandardCharsets.UTF_8);
        return html(200, pages.index(language, found.get().id(), text));
    }

    @POST
    @Path("reports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "submitPlanFromPage", summary = "Evaluate a plan from the page",
            description = "A bundled example (example), else an uploaded file (file), else the pasted text (plan). "
                    + "Redirects (303) to the report; a plan that cannot be evaluated gets the page back with its problems.")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "The report's language: ja (default) or en.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "303", description = "Evaluated: the report's address in Location",
            headers = @Header(name = "Location", description = "/reports/{id}?lang=ja|en", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Not a valid plan: the page again, each error beside its line",
            content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No bundled example of that name",
            content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow text/html",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The upload is larger than evaluation.max-body-bytes: for a browser "
            + "(Accept: text/html) the page again, saying so in its language; otherwise a problem", content = {
            @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))})
    @APIResponse(responseCode = "415", description = "The form is not sent as multipart/form-data",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No loaded revision of the rules judges the application date: the page again, saying so",
            content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response submit(@RestForm String plan, @RestForm FileUpload file, @RestForm String example,
                           @RestForm String lang, HttpHeaders headers) throws IOException {
        Language language = EvaluationResource.language(headers, lang == null || lang.isBlank() ? null : lang);
        byte[] body;
        String selected = null;
        if (example != null && !example.isBlank()) {
            Optional<Examples.Example> found = examples.find(example);
            if (found.isEmpty()) {
                return html(404, pages.unknownExample(language, example));
            }
            selected = found.get().id();
            body = examples.read(found.get());
        } else if (file != null && file.size() > 0) {
            body = Files.readAllBytes(file.uploadedFile());
        } else {
            body = plan == null ? new byte[0] : plan.getBytes(StandardCharsets.UTF_8);
        }
        ReportPages.Submission submission;
        try {
            submission = pages.submit(body, language, selected, caller.id(), false);
        } catch (BodyTooLargeException e) {
            if (!headers.getAcceptableMediaTypes().stream().anyMatch(MediaType.TEXT_HTML_TYPE::isCompatible)) {
                throw e;
            }
            // a browser: the page again, saying so in its language (BodyLimit does the same for a declared length)
            return Response.fromResponse(html(413, pages.tooLarge(language, e.limit()))).header("Connection", "close").build();
        }
        if (submission instanceof ReportPages.Accepted accepted) {
            return Response.seeOther(reportUri(accepted.stored().id(), language)).build();
        }
        ReportPages.Refused refused = (ReportPages.Refused) submission;
        return html(refused.status(), refused.page());
    }

    @GET
    @Path("reports/{id}")
    @Operation(operationId = "showReport", summary = "A report by its address", description = "In Japanese, or English with lang=en or Accept-Language; "
            + "read from its evaluation record (or from memory, with records switched off); 404 once it has expired.")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "The report's language when lang is not given: ja (default) or en.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The report as a page", content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No report at this address: it expired (or, with records switched off, the service restarted)",
            content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow text/html",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("id") String id, @QueryParam("lang") String lang, HttpHeaders headers) {
        Language language = EvaluationResource.language(headers, lang);
        return pages.stored(id)
                .map(stored -> html(200, pages.report(stored, language)))
                .orElseGet(() -> html(404, pages.notFound(language)));
    }

    @POST
    @Path("reports/{id}/judgements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Record a judgement from the report page", description = "A form with target (a review item's "
            + "criterion id, or conclusion), verdict, note and reviewer; appended to the record, then back to the report "
            + "(303). The report's unguessable address is the credential, as for the page itself.")
    public Response judge(@PathParam("id") String id, @RestForm String target, @RestForm String verdict,
                          @RestForm String note, @RestForm String reviewer, @RestForm String lang, HttpHeaders headers) {
        Language language = EvaluationResource.language(headers, lang == null || lang.isBlank() ? null : lang);
        Optional<ReportStore.Stored> stored = pages.stored(id);
        if (stored.isEmpty()) {
            return html(404, pages.notFound(language));
        }
        if (!stored.get().recorded()) {
            return html(409, pages.report(stored.get(), language, "not-recorded"));
        }
        Optional<List<FieldError>> problems = pages.judge(id, target, verdict, note, reviewer);
        if (problems.isPresent()) {
            String said = problems.get().stream().map(p -> p.pointer() + ": " + p.detail()).collect(Collectors.joining("; "));
            return html(400, pages.report(stored.get(), language, said));
        }
        return Response.seeOther(URI.create("/reports/" + id + "?lang=" + language.code() + "#judge-"
                + java.net.URLEncoder.encode(target.strip(), StandardCharsets.UTF_8))).build();
    }

    /** A page rendered here, so that it leaves as UTF-8 HTML whatever the request asked. */
    static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    static URI reportUri(String id, Language language) {
        return URI.create("/reports/" + id + "?lang=" + language.code());
    }
}
