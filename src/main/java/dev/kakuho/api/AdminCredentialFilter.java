package dev.kakuho.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Admin operations need {@code Authorization: Bearer <admin.token>}. With no {@code admin.token}
 * configured they are refused to everyone: there is no default credential.
 */
@Provider
@AdminOnly
public class AdminCredentialFilter implements ContainerRequestFilter {

    /** Looked up on first use: REST filters are made while the service starts, before its configuration is read. */
    @Inject
    Instance<AdminConfig> config;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> adminToken = config.get().token();
        if (adminToken.isEmpty() || adminToken.get().isBlank()) {
            request.abortWith(Problem.of("admin-disabled", "Admin operations are switched off", 403,
                    "No admin credential is configured on this server (set ADMIN_TOKEN to enable admin operations).",
                    null).response());
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String presented = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), adminToken.get().getBytes(StandardCharsets.UTF_8))) {
            Response refused = Problem.of("unauthorized", "Admin credential required", 401,
                    "This operation needs the admin credential: Authorization: Bearer <token>.", null).response();
            request.abortWith(Response.fromResponse(refused).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"admin\"").build());
        }
    }
}
