package dev.kakuho.bench;

import dev.kakuho.evaluation.EvaluationService;
import dev.kakuho.report.Report;
import dev.kakuho.rules.Language;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * For the HTTP benchmark only (the {@code bench} profile): the evaluation's dry run under two other
 * execution models, to compare side by side with {@code POST /api/v1/evaluations?dryRun=true} (which
 * reads its body as a stream on a worker thread): the body read in full on the I/O thread and the
 * evaluation on a worker ({@code bytes}), and everything on the I/O thread ({@code event-loop}).
 * Run by hand with wrk and bench/plans.lua; BENCHMARKS.md has the figures.
 */
@Path("/bench/experiment")
public class ExperimentResource {

    @Inject
    EvaluationService evaluations;

    @POST
    @Path("bytes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Report bytes(byte[] body) {
        return evaluations.evaluate(body, Language.JA);
    }

    @POST
    @Path("event-loop")
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Report eventLoop(byte[] body) {
        return evaluations.evaluate(body, Language.JA);
    }
}
