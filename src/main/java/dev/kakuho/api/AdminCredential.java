package dev.kakuho.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The admin credential: {@code Authorization: Bearer <admin.token>}; none configured, none accepted. */
@ApplicationScoped
public class AdminCredential {

    @ConfigProperty(name = "admin.token")
    Optional<String> adminToken;

    public boolean configured() {
        return adminToken.isPresent() && !adminToken.get().isBlank();
    }

    /** Whether an {@code Authorization} header carries the admin token (compared in constant time). */
    public boolean accepts(String authorization) {
        if (!configured()) {
            return false;
        }
        String presented = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : "";
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), adminToken.get().getBytes(StandardCharsets.UTF_8));
    }
}
