package dev.kakuho.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than {@code evaluation.max-body-bytes} by its declared length, before it is
 * read, with a problem answer. (A body sent without a length is cut off by the HTTP layer's own,
 * larger limit, {@code quarkus.http.limits.max-body-size}.)
 */
@Provider
@PreMatching
public class RequestLimitFilter implements ContainerRequestFilter {

    @ConfigProperty(name = "evaluation.max-body-bytes", defaultValue = "262144")
    long maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            request.abortWith(Problem.of("bad-request", "Bad request", 400, "The Content-Length header is not a number.", null)
                    .response());
            return;
        }
        if (declared > maxBodyBytes) {
            request.abortWith(Problem.of("body-too-large", "The body is too large", 413,
                    "The body has " + declared + " bytes; at most " + maxBodyBytes + " are accepted.", null).response());
        }
    }
}
