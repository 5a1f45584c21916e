package dev.kakuho;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app}, made by the package phase) run as its own process on a
 * data directory, for the integration tests that stop and start it: on a free port, the bundled rules, no
 * watcher, its output in {@code target/<name>.log}.
 */
public final class PackagedService implements AutoCloseable {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final Path data;
    private final List<String> settings;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Process process;

    /** A service on {@code data}, with {@code settings} ({@code -Dname=value}) beyond the port, rules and data directory. */
    public PackagedService(Path data, List<String> settings) throws IOException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is made by the package phase; run ./mvnw verify");
        this.data = data;
        this.settings = List.copyOf(settings);
        this.port = freePort();
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Starts the service and waits until it is ready; {@code run} names the log file. */
    public void start(String run) throws Exception {
        Path log = Path.of("target", data.getFileName() + "-" + run + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-Dquarkus.http.port=" + port,
                "-Drules.dir=" + Path.of("rules").toAbsolutePath(), "-Drules.watch-interval=0",
                "-Drecords.data-dir=" + data.toAbsolutePath(),
                // a restart on the same data directory takes its compiled rules from the cache, as a real one does
                "-Drules.cache.dir=" + data.resolve("rule-cache").toAbsolutePath()));
        command.addAll(settings);
        command.addAll(List.of("-jar", JAR.toString()));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the service exited while starting:\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/q/health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("the service was not ready in time:\n" + Files.readString(log));
    }

    /** Stops the service the normal way (SIGTERM) and waits for it to exit. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the service stops");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
