package dev.kakuho.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakuho.records.CanonicalJson;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A record survives a restart of the packaged service ({@code target/quarkus-app}): evaluate, stop the
 * service, start it again on the same database, and the record, its report page and its receipt's key
 * are all there. On the embedded default here; {@link RecordsRestartPostgresIT} on PostgreSQL.
 */
class RecordsRestartIT {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    static final String ADMIN = "restart-admin-token";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Process service;
    private Path log;

    /** Settings beyond the data directory, the port and the rules. */
    List<String> databaseSettings() {
        return List.of();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRecordAndItsReceiptKeySurviveARestart() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is made by the package phase; run ./mvnw verify");
        Path data = Files.createTempDirectory(Path.of("target"), getClass().getSimpleName() + "-data");
        int port = freePort();

        start(data, port, "first");
        HttpResponse<String> evaluated = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/evaluations"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(RecordsApiTest.plan())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, evaluated.statusCode(), evaluated.body());
        JsonNode answer = CanonicalJson.read(evaluated.body());
        String id = answer.path("recordId").asText();
        String keyBefore = get(port, "/api/v1/receipts/key").body();

        service.destroy(); // SIGTERM: a normal stop
        assertTrue(service.waitFor(60, TimeUnit.SECONDS), "the service stops");
        start(data, port, "second");

        HttpResponse<String> record = get(port, "/api/v1/records/" + id);
        assertEquals(200, record.statusCode(), record.body());
        JsonNode read = CanonicalJson.read(record.body());
        assertArrayEquals(CanonicalJson.of(RecordsApiTest.reportOf(answer)), CanonicalJson.of(read.path("report")));
        assertEquals(answer.path("receipt"), read.path("receipt"));
        assertEquals(keyBefore, get(port, "/api/v1/receipts/key").body(), "the same signing key after the restart");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/reports/" + id))
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(answer.path("planId").asText()));
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + ADMIN).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void start(Path data, int port, String run) throws Exception {
        log = Path.of("target", getClass().getSimpleName() + "-" + run + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-Dquarkus.http.port=" + port,
                "-Drules.dir=" + Path.of("rules").toAbsolutePath(), "-Drules.watch-interval=0",
                "-Drecords.data-dir=" + data.toAbsolutePath(), "-Dadmin.token=" + ADMIN));
        command.addAll(databaseSettings());
        command.addAll(List.of("-jar", JAR.toString()));
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                fail("the service exited while starting:\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).GET().build(),
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
