package dev.kakuho.api;

import dev.kakuho.evaluation.BatchTooLargeException;
import dev.kakuho.plan.BodyTooLargeException;
import dev.kakuho.plan.InvalidPlanException;
import dev.kakuho.records.RecordsUnavailableException;
import dev.kakuho.rules.NoRuleSetException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as a {@link Problem}; nothing a caller sees carries a stack trace or a class name. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidPlan(InvalidPlanException e) {
        return problem(e).response();
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(BodyTooLargeException e) {
        Response problem = problem(e).response();
        // the rest of the body is left unread, so the connection cannot carry another request
        return Response.fromResponse(problem).header("Connection", "close").build();
    }

    @ServerExceptionMapper
    public Response batchTooLarge(BatchTooLargeException e) {
        return problem(e).response();
    }

    @ServerExceptionMapper
    public Response noRuleSet(NoRuleSetException e) {
        return problem(e).response();
    }

    /**
     * The problem a plan's refusal is answered with, alone or as one answer in a batch: the same
     * problem either way. Anything unexpected is an internal error, logged, its details kept inside.
     */
    static Problem problem(RuntimeException e) {
        if (e instanceof InvalidPlanException invalid) {
            LOG.infof("Refused a plan: %s, %d field(s)", invalid.kind(), invalid.errors().size());
            String title = switch (invalid.kind()) {
                case "malformed-json" -> "The body is not well-formed JSON";
                case "limit-exceeded" -> "The body exceeds a limit";
                case "unreadable-body" -> "The body could not be read";
                case "invalid-batch" -> "The body is not a batch of plans";
                default -> "The plan is not valid";
            };
            return Problem.of(invalid.kind(), title, 400, invalid.getMessage(), invalid.errors());
        }
        if (e instanceof BodyTooLargeException tooLarge) {
            LOG.infof("Refused a body over %d bytes", tooLarge.limit());
            return Problem.of("body-too-large", "The body is too large", 413, tooLarge.getMessage(), null);
        }
        if (e instanceof BatchTooLargeException tooMany) {
            LOG.infof("Refused a batch of more than %d plans", tooMany.limit());
            return Problem.of("batch-too-large", "The batch holds too many plans", 413, tooMany.getMessage(), null);
        }
        if (e instanceof NoRuleSetException noRuleSet) {
            Problem problem = Problem.of("no-rule-set-for-date", "No loaded revision of the rules judges this application", 422,
                    noRuleSet.getMessage(), java.util.List.of(new dev.kakuho.plan.FieldError("/applicationDate",
                            "no loaded revision applies on " + noRuleSet.applicationDate())));
            return noRuleSet.provision() == null ? problem
                    : problem.citing(new Problem.Citation(noRuleSet.provision().ref(), noRuleSet.provision().text()));
        }
        if (e instanceof RecordsUnavailableException unavailable) {
            LOG.errorf("Evaluation records unavailable: %s", unavailable.getMessage());
            return recordsUnavailable();
        }
        LOG.error("Unexpected error while evaluating a plan", e);
        return internalError();
    }

    static Problem recordsUnavailable() {
        return Problem.of("records-unavailable", "Records unavailable", 503,
                "The evaluation could not be stored or read as a record; nothing was answered unrecorded. Try again later.",
                null);
    }

    static Problem internalError() {
        return Problem.of("internal-error", "Internal error", 500,
                "The service could not complete the request; the error is logged.", null);
    }

    @ServerExceptionMapper
    public Response recordsUnavailable(RecordsUnavailableException e) {
        LOG.errorf("Evaluation records unavailable: %s", e.getMessage());
        return recordsUnavailable().response();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        String detail = reason + ".";
        if (status == 415) {
            // say what would be taken: the page's form posts multipart, everything else takes a plan as JSON
            boolean form = ("/" + uri.getPath().replaceFirst("^/+", "")).startsWith("/reports");
            detail = "The body must be sent as " + (form ? "multipart/form-data (the page's form)" : "application/json")
                    + ", with that Content-Type.";
        } else if (status == 406) {
            detail = "The Accept header allows none of the types this address answers with.";
        }
        return Problem.of("http-" + status, reason, status, detail, null).response();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (closedByClient(e)) { // the client went away mid-answer (a timeout, a closed tab): nothing failed here
            LOG.debugf("The client closed the connection before the answer was written: %s", e);
            return internalError().response(); // never sent: the connection is gone
        }
        LOG.error("Unexpected error while handling a request", e);
        return internalError().response();
    }

    private static boolean closedByClient(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof io.vertx.core.http.HttpClosedException
                    || cause instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }
}
