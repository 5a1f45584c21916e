package dev.kakuho.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/** The credential a request presents: {@code Authorization: Bearer <credential>}, else {@code X-API-Key}. */
final class Credentials {

    private Credentials() {
    }

    static String presented(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith("Bearer ")) {
            return header.substring(7).strip();
        }
        String apiKey = request.getHeaderString("X-API-Key");
        return apiKey == null ? "" : apiKey.strip();
    }
}
