package dev.kakuho.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakuho.PackagedService;
import dev.kakuho.records.CanonicalJson;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A record survives a restart of the packaged service ({@link PackagedService}): evaluate, stop the
 * service, start it again on the same database, and the record, its report page and its receipt's key
 * are all there. On the embedded default here; {@link RecordsRestartPostgresIT} on PostgreSQL.
 */
class RecordsRestartIT {

    static final String ADMIN = "restart-admin-token";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private PackagedService service;

    /** Settings beyond the data directory, the port and the rules. */
    List<String> databaseSettings() {
        return List.of();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aRecordAndItsReceiptKeySurviveARestart() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), getClass().getSimpleName() + "-data");
        List<String> settings = new ArrayList<>(List.of("-Dadmin.token=" + ADMIN));
        settings.addAll(databaseSettings());
        service = new PackagedService(data, settings);

        service.start("first");
        HttpResponse<String> evaluated = http.send(HttpRequest.newBuilder(service.uri("/api/v1/evaluations"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(RecordsApiTest.plan())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, evaluated.statusCode(), evaluated.body());
        JsonNode answer = CanonicalJson.read(evaluated.body());
        String id = answer.path("recordId").asText();
        String keyBefore = get("/api/v1/receipts/key").body();

        service.stop();
        service.start("second");

        HttpResponse<String> record = get("/api/v1/records/" + id);
        assertEquals(200, record.statusCode(), record.body());
        JsonNode read = CanonicalJson.read(record.body());
        assertArrayEquals(CanonicalJson.of(RecordsApiTest.reportOf(answer)), CanonicalJson.of(read.path("report")));
        assertEquals(answer.path("receipt"), read.path("receipt"));
        assertEquals(keyBefore, get("/api/v1/receipts/key").body(), "the same signing key after the restart");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(service.uri("/reports/" + id))
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(answer.path("planId").asText()));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(service.uri(path))
                .header("Authorization", "Bearer " + ADMIN).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
