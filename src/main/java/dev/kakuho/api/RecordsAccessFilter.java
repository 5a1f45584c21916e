package dev.kakuho.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
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
 * Records hold plans, which are confidential: the records API needs a credential even where
 * evaluation is open — one of the API keys, or the admin token. With neither configured it is
 * refused to everyone (403).
 */
@Provider
@RecordsAccess
@Priority(Priorities.AUTHENTICATION)
public class RecordsAccessFilter implements ContainerRequestFilter {

    @Inject
    ApiKeys apiKeys;

    @Inject
    CallerIdentity caller;

    @ConfigProperty(name = "admin.token")
    Optional<String> adminToken;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean admin = adminToken.isPresent() && !adminToken.get().isBlank();
        if (apiKeys.none() && !admin) {
            request.abortWith(Problem.of("records-access-disabled", "The records API is switched off", 403,
                    "Records need a credential, and none is configured on this server (set EVALUATION_API_KEYS or ADMIN_TOKEN).",
                    null).response());
            return;
        }
        String presented = Credentials.presented(request);
        Optional<String> key = apiKeys.idOf(presented);
        if (key.isPresent()) {
            caller.identify(key.get());
            return;
        }
        if (admin && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), adminToken.get().getBytes(StandardCharsets.UTF_8))) {
            caller.identify("admin");
            return;
        }
        Response refused = Problem.of("unauthorized", "Credential required", 401,
                "Records need an API key or the admin token: Authorization: Bearer <credential> or X-API-Key: <key>.", null).response();
        request.abortWith(Response.fromResponse(refused).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"records\"").build());
    }
}
