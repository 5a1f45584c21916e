package dev.kakuho.api;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
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
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evaluation is open by default, for local use. With {@code evaluation.api-keys} set, every request
 * under {@code evaluation.protected-paths} needs one of those keys, as {@code Authorization: Bearer
 * <key>} or {@code X-API-Key: <key>}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class EvaluationAccessFilter implements ContainerRequestFilter {

    @ConfigProperty(name = "evaluation.api-keys")
    Optional<List<String>> apiKeys;

    @ConfigProperty(name = "evaluation.protected-paths", defaultValue = "/api/v1/evaluations,/reports")
    List<String> protectedPaths;

    private List<byte[]> keys;

    @PostConstruct
    void readKeys() {
        keys = apiKeys.orElse(List.of()).stream().filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (keys.isEmpty()) {
            return;
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/+", "");
        if (protectedPaths.stream().noneMatch(path::startsWith)) {
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
