package dev.kakuho.api;

import dev.kakuho.evaluation.EvaluationConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;

/**
 * Evaluation is open by default, for local use. With {@code evaluation.api-keys} set, every request
 * under {@code evaluation.protected-paths} needs one of those keys, as {@code Authorization: Bearer
 * <key>} or {@code X-API-Key: <key>}; the key's id names the caller in the evaluation's record.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class EvaluationAccessFilter implements ContainerRequestFilter {

    @Inject
    ApiKeys apiKeys;

    @Inject
    CallerIdentity caller;

    /** Looked up on first use: REST filters are made while the service starts, before its configuration is read. */
    @Inject
    Instance<EvaluationConfig> config;

    @Override
    public void filter(ContainerRequestContext request) {
        if (apiKeys.none()) {
            return;
        }
        Optional<String> known = apiKeys.idOf(Credentials.presented(request));
        known.ifPresent(caller::identify);
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/+", "");
        List<String> protectedPaths = config.get().protectedPaths();
        if (protectedPaths.stream().noneMatch(path::startsWith)) {
            return;
        }
        if (known.isEmpty()) {
            Response refused = Problem.of("unauthorized", "Credential required", 401,
                    "Evaluation needs an API key: Authorization: Bearer <key> or X-API-Key: <key>.", null).response();
            request.abortWith(Response.fromResponse(refused).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"evaluation\"").build());
        }
    }
}
