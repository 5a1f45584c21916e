package dev.kakuho.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class Ed25519KeysTest {

    @Test
    void thePublicKeyOfRfc8032TestVector1IsComputedFromItsSecret() throws Exception {
        byte[] secret = HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        assertEquals("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                HexFormat.of().formatHex(Ed25519Keys.rawPublicKey(secret)));
    }

    @Test
    void aKeyMadeByOpensslReadsWithThePublicKeyOpensslGives() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "ed25519");
        run(dir, "openssl", "genpkey", "-algorithm", "ed25519", "-out", "key.pem");
        run(dir, "openssl", "pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem");
        KeyPair pair = Ed25519Keys.fromPem(Files.readString(dir.resolve("key.pem")));
        assertEquals(Files.readString(dir.resolve("pub.pem")).strip(), Ed25519Keys.publicPem(pair.getPublic()).strip());
    }

    @Test
    void aGeneratedKeyWrittenAsPemReadsBackToTheSamePair() {
        KeyPair generated = Ed25519Keys.generate();
        KeyPair read = Ed25519Keys.fromPem(Ed25519Keys.privatePem(generated.getPrivate()));
        assertArrayEquals(generated.getPublic().getEncoded(), read.getPublic().getEncoded());
        byte[] message = "receipt".getBytes(StandardCharsets.UTF_8);
        assertTrue(Ed25519Keys.verify(generated.getPublic(), message, Ed25519Keys.sign(read.getPrivate(), message)));
    }

    @Test
    void aFileWithoutAPrivateKeyIsRefusedSayingSo() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Ed25519Keys.fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"));
        assertTrue(refused.getMessage().contains("PKCS#8"), refused.getMessage());
    }

    private static void run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
    }
}
