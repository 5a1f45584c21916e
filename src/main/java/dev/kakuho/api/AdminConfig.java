package dev.kakuho.api;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The admin credential ({@code admin.*}, environment {@code ADMIN_*}). */
@ConfigMapping(prefix = "admin")
public interface AdminConfig {

    /** {@code Authorization: Bearer <token>} for operations that change what the service serves; unset: refused to everyone. */
    Optional<String> token();
}
