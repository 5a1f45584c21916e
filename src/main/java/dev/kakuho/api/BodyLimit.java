package dev.kakuho.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakuho.evaluation.EvaluationConfig;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses a body larger than {@code evaluation.max-body-bytes} by its declared length, before it is
 * read, with a problem answer. It runs ahead of the HTTP layer's own limit
 * ({@code quarkus.http.limits.max-body-size}), which answers 413 with an empty body. A body sent
 * without a length is counted as it is read ({@code EvaluationService}), which stops at
 * {@code evaluation.max-body-bytes}: keep that below the HTTP layer's limit.
 */
@ApplicationScoped
public class BodyLimit {

    /** Before Quarkus's upload limit, which answers with an empty body. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    @Inject
    EvaluationConfig config;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                refuse(context, Problem.of("bad-request", "Bad request", 400, "The Content-Length header is not a number.", null));
                return;
            }
            if (declared > config.maxBodyBytes()) {
                refuse(context, Problem.of("body-too-large", "The body is too large", 413,
                        "The body has " + declared + " bytes; at most " + config.maxBodyBytes() + " are accepted.", null));
                return;
            }
        }
        context.next();
    }

    private void refuse(RoutingContext context, Problem problem) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // the body is left unread, so the connection cannot carry another request
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Buffer.buffer(body));
    }
}
