package dev.kakuho.records;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Ed25519 keys from the JDK, read from and written as PEM. The JDK derives no public key from a
 * private one, so a key from a file ({@code openssl genpkey -algorithm ed25519}) has its public key
 * computed here (RFC 8032 §5.1.5: the clamped hash of the seed times the base point), then proved
 * by a signature the JDK verifies.
 */
public final class Ed25519Keys {

    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger D = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger[] BASE = {
            new BigInteger("15112221349535400772501151409588531511454012693041857206046113283949847762202"),
            new BigInteger("46316835694926478169428394003475163141307993866256225615783033603165251855960")};
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), before the 32 key bytes. */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Ed25519Keys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make Ed25519 keys", e);
        }
    }

    /** The key pair of a PKCS#8 PEM private key ({@code -----BEGIN PRIVATE KEY-----}); other PEM blocks are ignored. */
    public static KeyPair fromPem(String pem) {
        int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("no PKCS#8 private key (-----BEGIN PRIVATE KEY-----) in the signing key file");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + 27, end));
        try {
            PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                    .orElseThrow(() -> new IllegalArgumentException("the signing key's bytes cannot be read"));
            KeyPair pair = new KeyPair(publicKey(rawPublicKey(seed)), privateKey);
            prove(pair);
            return pair;
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("the signing key is not an Ed25519 PKCS#8 key: " + e.getMessage(), e);
        }
    }

    public static String privatePem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    /** The 32 bytes of an Ed25519 public key (the JWK's {@code x}). */
    public static byte[] raw(PublicKey key) {
        byte[] spki = key.getEncoded();
        return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    /** RFC 8032 §5.1.5: A = s·B, s the clamped first half of SHA-512(seed), A encoded as y with x's sign bit. */
    static byte[] rawPublicKey(byte[] seed) throws GeneralSecurityException {
        byte[] h = MessageDigest.getInstance("SHA-512").digest(seed);
        byte[] s = Arrays.copyOf(h, 32);
        s[0] &= (byte) 248;
        s[31] &= 127;
        s[31] |= 64;
        BigInteger scalar = littleEndian(s);
        BigInteger[] result = {BigInteger.ZERO, BigInteger.ONE};
        BigInteger[] addend = BASE;
        for (int bit = 0; bit < 255; bit++) {
            if (scalar.testBit(bit)) {
                result = add(result, addend);
            }
            addend = add(addend, addend);
        }
        byte[] encoded = new byte[32];
        byte[] y = result[1].toByteArray();
        for (int i = 0; i < 32 && i < y.length; i++) {
            encoded[i] = y[y.length - 1 - i];
        }
        if (result[0].testBit(0)) {
            encoded[31] |= (byte) 0x80;
        }
        return encoded;
    }

    /** Point addition on -x² + y² = 1 + d·x²·y² (affine coordinates; slow, run once per start). */
    private static BigInteger[] add(BigInteger[] a, BigInteger[] b) {
        BigInteger t = D.multiply(a[0]).multiply(b[0]).multiply(a[1]).multiply(b[1]).mod(P);
        BigInteger x = a[0].multiply(b[1]).add(a[1].multiply(b[0])).multiply(BigInteger.ONE.add(t).modInverse(P)).mod(P);
        BigInteger y = a[1].multiply(b[1]).add(a[0].multiply(b[0])).multiply(BigInteger.ONE.subtract(t).mod(P).modInverse(P)).mod(P);
        return new BigInteger[] {x, y};
    }

    private static BigInteger littleEndian(byte[] bytes) {
        byte[] bigEndian = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            bigEndian[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, bigEndian);
    }

    private static void prove(KeyPair pair) {
        byte[] probe = "supply-plan-evaluator receipt key check".getBytes(StandardCharsets.UTF_8);
        if (!verify(pair.getPublic(), probe, sign(pair.getPrivate(), probe))) {
            throw new IllegalStateException("the public key computed for the signing key does not verify its signatures");
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
