package dev.kakuho.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API keys of {@code evaluation.api-keys}: comma-separated entries {@code id:key}, or a bare
 * {@code key} (as before key ids existed), whose id is then {@code key-} and the first 8 hex digits
 * of the key's SHA-256. Records name the caller by this id, never by the key.
 */
@ApplicationScoped
public class ApiKeys {

    private record Key(String id, byte[] secret) {
    }

    private final List<Key> keys;

    @Inject
    public ApiKeys(@ConfigProperty(name = "evaluation.api-keys") Optional<List<String>> entries) {
        keys = entries.orElse(List.of()).stream().map(String::strip).filter(e -> !e.isEmpty()).map(ApiKeys::parse).toList();
    }

    private static Key parse(String entry) {
        int colon = entry.indexOf(':');
        if (colon > 0 && colon < entry.length() - 1) {
            return new Key(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip().getBytes(StandardCharsets.UTF_8));
        }
        byte[] secret = entry.getBytes(StandardCharsets.UTF_8);
        try {
            return new Key("key-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret)).substring(0, 8), secret);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean none() {
        return keys.isEmpty();
    }

    /** The id of the key presented, compared in constant time against every key. */
    public Optional<String> idOf(String presented) {
        byte[] candidate = presented == null ? new byte[0] : presented.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Key key : keys) {
            if (MessageDigest.isEqual(candidate, key.secret()) && found == null) {
                found = key.id();
            }
        }
        return Optional.ofNullable(found);
    }
}
