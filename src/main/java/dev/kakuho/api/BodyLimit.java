package dev.kakuho.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakuho.evaluation.BatchConfig;
import dev.kakuho.evaluation.EvaluationConfig;
import dev.kakuho.evaluation.ServiceMetrics;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import dev.kakuho.rules.Language;
import dev.kakuho.web.ReportPages;
import java.util.List;
import java.util.Locale;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses a body larger than {@code evaluation.max-body-bytes} ({@code evaluation.batch.max-body-bytes}
 * for a batch) by its declared length, before it is
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

    @Inject
    BatchConfig batch;

    @Inject
    ServiceMetrics metrics;

    @Inject
    ReportPages pages;

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
            long limit = isBatch(context) ? batch.maxBodyBytes() : config.maxBodyBytes();
            if (declared > limit && isPageForm(context)) {
                metrics.refused("body-too-large");
                // the page's own form: the page again, saying so in its language, not a problem document
                String page = pages.tooLarge(pageLanguage(context), limit).render();
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                        .putHeader("Cache-Control", "no-store")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(page);
                return;
            }
            if (declared > limit) {
                refuse(context, Problem.of("body-too-large", "The body is too large", 413,
                        "The body has " + declared + " bytes; at most " + limit + " are accepted.", null));
                return;
            }
        }
        context.next();
    }

    /** The page's form ({@code POST /reports}) sent by a browser, which reads HTML, not problem documents. */
    private static boolean isPageForm(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return context.request().method() == HttpMethod.POST && "/reports".equals(context.normalizedPath())
                && accept != null && accept.contains("text/html");
    }

    /** The page's language: {@code lang} if given, else the first of Accept-Language the page is written in. */
    private static Language pageLanguage(RoutingContext context) {
        String lang = context.request().getParam("lang");
        if (lang != null) {
            return Language.preferred(List.of(Locale.forLanguageTag(lang)));
        }
        return Language.preferred(context.acceptableLanguages().stream().map(h -> Locale.forLanguageTag(h.value())).toList());
    }

    /** A batch of plans has its own, larger limit ({@code evaluation.batch.max-body-bytes}). */
    private static boolean isBatch(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals(BatchResource.PATH) || path.equals(BatchResource.PATH + "/");
    }

    private void refuse(RoutingContext context, Problem problem) {
        metrics.refused(problem.kind());
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
