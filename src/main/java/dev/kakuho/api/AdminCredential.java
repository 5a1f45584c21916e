package dev.kakuho.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** The admin credential: {@code Authorization: Bearer <admin.token>}; none configured, none accepted. */
@ApplicationScoped
public class AdminCredential {

    /** Looked up on first use: REST filters are made while the service starts, before its configuration is read. */
    @Inject
    Instance<AdminConfig> config;

    public boolean configured() {
        Optional<String> adminToken = config.get().token();
        return adminToken.isPresent() && !adminToken.get().isBlank();
    }

    /** Whether an {@code Authorization} header carries the admin token (compared in constant time). */
    public boolean accepts(String authorization) {
        if (!configured()) {
            return false;
        }
        String presented = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : "";
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                config.get().token().orElseThrow().getBytes(StandardCharsets.UTF_8));
    }
}
