package dev.kakuho.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A client that accepts only {@code application/problem+json} (it expects errors, and reads JSON) is
 * answered as one accepting {@code application/json} too: a report as JSON, or a problem; not 406.
 */
@Provider
@PreMatching
public class ProblemJsonAccepted implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null) {
            return;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        if (lower.contains(Problem.MEDIA_TYPE) && !lower.contains("application/json") && !lower.contains("*/*")
                && !lower.contains("application/*")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", application/json;q=0.9");
        }
    }
}
