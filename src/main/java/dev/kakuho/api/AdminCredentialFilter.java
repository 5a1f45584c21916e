package dev.kakuho.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Admin operations need {@code Authorization: Bearer <admin.token>}. With no {@code admin.token}
 * configured they are refused to everyone: there is no default credential.
 */
@Provider
@AdminOnly
public class AdminCredentialFilter implements ContainerRequestFilter {

    @ConfigProperty(name = "admin.token")
    Optional<String> adminToken;

    @Override
    public void filter(ContainerRequestContext request) {
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
