package dev.kakuho.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakuho.evaluation.BatchEvaluations;
import dev.kakuho.evaluation.RecordedEvaluations;
import dev.kakuho.evaluation.ServiceMetrics;
import dev.kakuho.plan.Plan;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Evaluates many plans in one request, each exactly as {@code POST /api/v1/evaluations} would, and
 * streams the answers back in the batch's order as they finish.
 */
@Path(BatchResource.PATH)
@Tag(name = "Evaluation", description = "Evaluate a plan against the rule set that judges it")
public class BatchResource {

    static final String PATH = "/api/v1/evaluations/batch";
    static final String NDJSON = "application/x-ndjson";

    private static final byte[] NEWLINE = {'\n'};

    @Inject
    BatchEvaluations batches;

    @Inject
    RecordedEvaluations recorded;

    @Inject
    CallerIdentity caller;

    @Inject
    ServiceMetrics metrics;

    @Inject
    ObjectMapper json;

    /** One plan's answer in a batch: its place (from 0), the status a single evaluation would have answered, and the report or the problem. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BatchAnswer", description = "One plan's answer in a batch: its report (status 200) or its problem "
            + "(the problem a single evaluation of the plan would answer, with its status)")
    public record Answer(
            @Schema(description = "The plan's place in the batch, from 0", required = true) int index,
            @Schema(description = "200 with a report; else the problem's status (400, 413, 422, 500, or 503 when its record could not be stored)", required = true) int status,
            @Schema(description = "The report, when status is 200; as for a single evaluation, with its recordId and receipt "
                    + "when it was stored as a record") Report report,
            @Schema(description = "Why the plan was refused, when status is not 200") Problem problem) {
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    @Operation(operationId = "evaluatePlanBatch", summary = "Evaluate a batch of plans",
            description = "Each plan is evaluated as POST /api/v1/evaluations evaluates one, and answered in the batch's order "
                    + "with its report or its problem; one refused plan never fails the others. The answers are streamed as they "
                    + "finish. Send a JSON array of plans (application/json) or one plan per line (application/x-ndjson; a line "
                    + "that is not JSON is refused on its own, while a JSON array must be well-formed as a whole). The answer is "
                    + "one BatchAnswer per line (application/x-ndjson) for an NDJSON batch, or when Accept asks for "
                    + "application/x-ndjson; else a JSON array of BatchAnswer. At most evaluation.batch.max-plans plans "
                    + "(1,000 by default) and evaluation.batch.max-body-bytes bytes; each plan is held to evaluation.max-body-bytes. "
                    + "Each plan answered with a report is stored as a record of its own, as a single evaluation is (its report "
                    + "carries its recordId and receipt), unless dryRun=true or the deployment switches records off; a refused "
                    + "plan stores nothing.")
    @RequestBody(required = true, description = "The plans: a JSON array, or one plan per line",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(type = SchemaType.ARRAY, implementation = Plan.class)),
                       @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                               description = "One plan (a JSON object) per line"))})
    @APIResponse(responseCode = "200", description = "One answer per plan, in the batch's order",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(type = SchemaType.ARRAY, implementation = Answer.class)),
                       @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                               description = "One BatchAnswer (a JSON object) per line"))})
    @APIResponse(responseCode = "400", description = "A JSON-array batch that is not a well-formed JSON array (the plan where reading stopped is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More plans than evaluation.batch.max-plans (type batch-too-large, naming the limit), "
            + "or a body over evaluation.batch.max-body-bytes (type body-too-large)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response evaluate(InputStream body, HttpHeaders headers,
                             @Parameter(description = "ja or en; overrides Accept-Language") @QueryParam("lang") String lang,
                             @Parameter(description = "true: evaluate without storing any record (as for a single evaluation)")
                             @QueryParam("dryRun") boolean dryRun) {
        Language language = EvaluationResource.language(headers, lang);
        boolean ndjsonIn = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.valueOf(NDJSON));
        List<byte[]> plans = batches.read(body, ndjsonIn ? BatchEvaluations.Format.NDJSON : BatchEvaluations.Format.JSON_ARRAY);
        boolean ndjsonOut = ndjsonIn || prefersNdjson(headers);
        metrics.batch();
        String callerId = caller.id(); // the request's, read here: the plans are evaluated on other threads
        StreamingOutput answers = out -> {
            Writer writer = new Writer(out, ndjsonOut);
            // the same use-case as a single evaluation: each report stored as a record, unless it is a dry run
            batches.evaluate(plans, plan -> recorded.evaluate(plan, language, callerId, dryRun),
                    answer -> render(answer, language), writer::write, writer::flush);
            writer.end();
        };
        return Response.ok(answers, ndjsonOut ? MediaType.valueOf(NDJSON) : MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** An answer as JSON, written on the worker thread that evaluated it. */
    private byte[] render(BatchEvaluations.Answer<RecordedEvaluations.Recorded> answer, Language language) {
        Answer written;
        if (answer.refusal() == null && answer.result().record() != null) {
            // the report exactly as recorded (the bytes its receipt signs), with its recordId and receipt
            return ("{\"index\":" + answer.index() + ",\"status\":200,\"report\":"
                    + EvaluationResource.withReceipt(answer.result().record(), language, json) + "}").getBytes(StandardCharsets.UTF_8);
        }
        if (answer.refusal() == null) {
            written = new Answer(answer.index(), 200, answer.result().evaluation().report(language), null);
        } else {
            Problem problem = ProblemMappers.problem(answer.refusal());
            metrics.refused(problem.kind());
            written = new Answer(answer.index(), problem.status(), null, problem);
        }
        try {
            return json.writeValueAsBytes(written);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the answer to plan " + answer.index(), e);
        }
    }

    private static boolean prefersNdjson(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(MediaType.valueOf(NDJSON))) {
                return true;
            }
        }
        return false;
    }

    /** Writes answers one per line, or as a JSON array (one element per line); what is written is sent whenever the next answer is not ready. */
    private static final class Writer {
        private final OutputStream out;
        private final boolean ndjson;
        private boolean first = true;

        Writer(OutputStream out, boolean ndjson) {
            this.out = out;
            this.ndjson = ndjson;
        }

        void write(byte[] answer) {
            try {
                if (!ndjson) {
                    out.write(first ? "[\n".getBytes(StandardCharsets.US_ASCII) : ",\n".getBytes(StandardCharsets.US_ASCII));
                }
                first = false;
                out.write(answer);
                if (ndjson) {
                    out.write(NEWLINE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Sends what is written so far: called whenever the next answer is not ready yet. */
        void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void end() throws IOException {
            if (!ndjson) {
                out.write(first ? "[]\n".getBytes(StandardCharsets.US_ASCII) : "\n]\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        }
    }
}
