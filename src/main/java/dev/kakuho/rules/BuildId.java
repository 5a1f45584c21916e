package dev.kakuho.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which build of the service is running, for {@link RuleSetCache}: a digest of the application's own
 * code (its jar, or its classes folder when run from the build), the Drools jars by name and size
 * (their version is in the name), and the Java runtime. A rebuilt service, another Drools or another
 * Java gets another id, so it never reads what a different one compiled or checked.
 */
public final class BuildId {

    private static volatile String current;

    private BuildId() {
    }

    /** The running build's id, computed once; null when it cannot be told (then nothing is cached). */
    public static String current() {
        String id = current;
        if (id == null) {
            try {
                id = compute();
            } catch (UncheckedIOException e) {
                return null;
            }
            current = id;
        }
        return id;
    }

    private static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digestCode(digest, BuildId.class);
            for (Class<?> drools : List.of(org.drools.core.impl.RuleBaseFactory.class, org.drools.mvel.MVELKnowledgePackageImpl.class,
                    org.drools.compiler.builder.impl.KnowledgeBuilderImpl.class, org.drools.base.common.DroolsObjectInputStream.class)) {
                Path location = location(drools);
                digest.update(((location == null ? drools.getName() : location.getFileName() + "|"
                        + (Files.isRegularFile(location) ? Files.size(location) : 0)) + "\n").getBytes());
            }
            digest.update((System.getProperty("java.vm.name") + System.getProperty("java.vm.version")).getBytes());
            return "build:" + RuleSetCache.hex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the jar or classes folder a class came from. */
    private static void digestCode(MessageDigest digest, Class<?> type) throws IOException {
        Path location = location(type);
        if (location == null) {
            // the packaged service's class loader gives no code source: its application jars sit beside the runner jar
            Path runner = Path.of(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)[0]).toAbsolutePath();
            location = runner.getParent() == null ? null : runner.getParent().resolve("app");
            if (location == null || !Files.isDirectory(location)) {
                throw new IOException("cannot tell where the application's classes come from");
            }
        }
        if (Files.isRegularFile(location)) {
            digestFile(digest, location);
            return;
        }
        try (Stream<Path> files = Files.walk(location)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".class") || f.toString().endsWith(".jar"))
                    .sorted().toList()) {
                digest.update(location.relativize(file).toString().getBytes());
                digestFile(digest, file);
            }
        }
    }

    private static void digestFile(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[65536];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.exists(path) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
