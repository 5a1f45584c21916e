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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Evaluation is open by default, for local use. With {@code evaluation.api-keys} set, every request
 * under {@code evaluation.protected-paths} needs one of those keys, as {@code Authorization: Bearer
 * <key>} or {@code X-API-Key: <key>}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class EvaluationAccessFilter implements ContainerRequestFilter {

    /** Looked up on first use: REST filters are made while the service starts, before its configuration is read. */
    @Inject
    Instance<EvaluationConfig> config;

    private volatile Access access;

    /** The keys as bytes, and the paths they guard. */
    private record Access(List<byte[]> keys, List<String> protectedPaths) {
    }

    private Access access() {
        Access read = access;
        if (read == null) {
            EvaluationConfig evaluation = config.get();
            read = new Access(evaluation.apiKeys().orElse(List.of()).stream().filter(k -> !k.isBlank())
                    .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList(), evaluation.protectedPaths());
            access = read;
        }
        return read;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        List<byte[]> keys = access().keys();
        if (keys.isEmpty()) {
            return;
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/+", "");
        if (access().protectedPaths().stream().noneMatch(path::startsWith)) {
            return;
        }
        String presented = presented(request);
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (byte[] key : keys) {
            known |= MessageDigest.isEqual(candidate, key);
        }
        if (!known) {
            Response refused = Problem.of("unauthorized", "Credential required", 401,
                    "Evaluation needs an API key: Authorization: Bearer <key> or X-API-Key: <key>.", null).response();
            request.abortWith(Response.fromResponse(refused).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"evaluation\"").build());
        }
    }

    private static String presented(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith("Bearer ")) {
            return header.substring(7).strip();
        }
        String apiKey = request.getHeaderString("X-API-Key");
        return apiKey == null ? "" : apiKey.strip();
    }
}
