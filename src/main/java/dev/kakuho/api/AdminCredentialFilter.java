package dev.kakuho.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.inject.Inject;

/**
 * Admin operations need {@code Authorization: Bearer <admin.token>}. With no {@code admin.token}
 * configured they are refused to everyone: there is no default credential.
 */
@Provider
@AdminOnly
public class AdminCredentialFilter implements ContainerRequestFilter {

    @Inject
    AdminCredential credential;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!credential.configured()) {
            request.abortWith(Problem.of("admin-disabled", "Admin operations are switched off", 403,
                    "No admin credential is configured on this server (set ADMIN_TOKEN to enable admin operations).",
                    null).response());
            return;
        }
        if (!credential.accepts(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            Response refused = Problem.of("unauthorized", "Admin credential required", 401,
                    "This operation needs the admin credential: Authorization: Bearer <token>.", null).response();
            request.abortWith(Response.fromResponse(refused).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"admin\"").build());
        }
    }
}
