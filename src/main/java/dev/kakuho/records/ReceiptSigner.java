package dev.kakuho.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Signs receipts with the service's Ed25519 key: the PKCS#8 PEM file at
 * {@code records.receipts.signing-key}, or, without one, a key generated at the first start and kept
 * in {@code <records.data-dir>/receipt-signing-key.pem}.
 */
@ApplicationScoped
public class ReceiptSigner {

    private static final Logger LOG = Logger.getLogger(ReceiptSigner.class);
    static final String GENERATED = "receipt-signing-key.pem";

    private final RecordsConfig config;
    private volatile Keys keys;

    private record Keys(KeyPair pair, String keyId, byte[] raw) {
    }

    @Inject
    public ReceiptSigner(RecordsConfig config) {
        this.config = config;
    }

    /** The base64 Ed25519 signature of {@code payload}. */
    public String sign(byte[] payload) {
        return Base64.getEncoder().encodeToString(Ed25519Keys.sign(keys().pair().getPrivate(), payload));
    }

    public boolean verify(byte[] payload, String signature) {
        return Ed25519Keys.verify(keys().pair().getPublic(), payload, Base64.getDecoder().decode(signature));
    }

    /** The key's id: its RFC 7638 JWK thumbprint. */
    public String keyId() {
        return keys().keyId();
    }

    /** The public key as a JWK (RFC 8037: OKP, Ed25519). */
    public Map<String, String> jwk() {
        Map<String, String> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", base64Url(keys().raw()));
        jwk.put("kid", keyId());
        jwk.put("alg", "EdDSA");
        jwk.put("use", "sig");
        return jwk;
    }

    public String publicPem() {
        return Ed25519Keys.publicPem(keys().pair().getPublic());
    }

    private Keys keys() {
        Keys loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = load();
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    private Keys load() {
        KeyPair pair;
        try {
            if (config.receipts().signingKey().isPresent()) {
                Path file = config.receipts().signingKey().get();
                pair = Ed25519Keys.fromPem(Files.readString(file, StandardCharsets.US_ASCII));
                LOG.infof("Receipts are signed with the key in %s", file);
            } else {
                pair = generatedKey(config.dataDir().resolve(GENERATED));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the receipt signing key: " + e.getMessage(), e);
        }
        byte[] raw = Ed25519Keys.raw(pair.getPublic());
        String thumbprintInput = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + base64Url(raw) + "\"}";
        try {
            String keyId = base64Url(MessageDigest.getInstance("SHA-256").digest(thumbprintInput.getBytes(StandardCharsets.US_ASCII)));
            return new Keys(pair, keyId, raw);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key kept under the data directory, made on first use; written only by the first of two racing starts. */
    private static KeyPair generatedKey(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            KeyPair fresh = Ed25519Keys.generate();
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), GENERATED, ".tmp");
            try {
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // the file system keeps no Unix permissions; the directory's protection applies
                }
                Files.writeString(temporary, Ed25519Keys.privatePem(fresh.getPrivate()), StandardCharsets.US_ASCII,
                        StandardOpenOption.TRUNCATE_EXISTING);
                Files.createLink(file, temporary);
                LOG.infof("Generated a receipt signing key in %s", file);
            } catch (FileAlreadyExistsException raced) {
                // another start wrote it first: use that one
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        return Ed25519Keys.fromPem(Files.readString(file, StandardCharsets.US_ASCII));
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
