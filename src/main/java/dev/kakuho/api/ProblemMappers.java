package dev.kakuho.api;

import dev.kakuho.plan.BodyTooLargeException;
import dev.kakuho.plan.InvalidPlanException;
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
        LOG.infof("Refused a plan: %s, %d field(s)", e.kind(), e.errors().size());
        String title = switch (e.kind()) {
            case "malformed-json" -> "The body is not well-formed JSON";
            case "limit-exceeded" -> "The body exceeds a limit";
            case "unreadable-body" -> "The body could not be read";
            default -> "The plan is not valid";
        };
        return Problem.of(e.kind(), title, 400, e.getMessage(), e.errors()).response();
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(BodyTooLargeException e) {
        LOG.infof("Refused a body over %d bytes", e.limit());
        Response problem = Problem.of("body-too-large", "The body is too large", 413, e.getMessage(), null).response();
        // the rest of the body is left unread, so the connection cannot carry another request
        return Response.fromResponse(problem).header("Connection", "close").build();
    }

    @ServerExceptionMapper
    public Response noRuleSet(NoRuleSetException e) {
        Problem problem = Problem.of("no-rule-set-for-date", "No loaded revision of the rules judges this application", 422,
                e.getMessage(), java.util.List.of(new dev.kakuho.plan.FieldError("/applicationDate",
                        "no loaded revision applies on " + e.applicationDate())));
        if (e.provision() != null) {
            problem = problem.citing(new Problem.Citation(e.provision().ref(), e.provision().text()));
        }
        return problem.response();
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
        LOG.error("Unexpected error while handling a request", e);
        return Problem.of("internal-error", "Internal error", 500,
                "The service could not complete the request; the error is logged.", null).response();
    }
}
