package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakuho.rules.RulesCopy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Eight threads evaluate the example plans, round robin, in both languages, while the rules
 * are edited and reloaded again and again, by the admin endpoint and by the watcher. Each edit adds a
 * comment to a rule file: the rule set's content hash changes, so every reload really compiles and
 * swaps in a new rule base, but no decision does. Every request is answered, and every answer equals
 * the single-threaded evaluation of the same plan made before the load, but for the content hash.
 */
@QuarkusTest
@TestProfile(ConcurrentReloadTest.EditableRules.class)
class ConcurrentReloadTest {

    static final Path RULES = Path.of("target", "test-rules", "concurrent-reload");
    static final String PERIODS = RulesCopy.REVISION + "/s4-periods.drl";
    static final int THREADS = 8;
    static final int RELOADS = 3;
    /** Bounds on the load whatever happens: requests per thread, and time. */
    static final int MAX_REQUESTS_PER_THREAD = 3_000;
    static final Duration MAX_TIME = Duration.ofSeconds(120);

    public static class EditableRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RulesCopy.at(RULES);
            // the watcher looks every second, so the admin reload asked for right after an edit usually comes first
            return Map.of("rules.dir", RULES.toString(), "rules.watch-interval", "1s");
        }
    }

    @TestHTTPResource("/api/v1/evaluations")
    URI evaluations;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Request(String name, String body, String language) {
    }

    @Test
    void everyAnswerUnderReloadsEqualsTheSingleThreadedOneAndNoneIsLost() throws Exception {
        RulesCopy rules = RulesCopy.existing(RULES);
        List<Request> requests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".plan.json")).sorted().toList()) {
                for (String language : List.of("ja", "en")) {
                    requests.add(new Request(file.getFileName() + " (" + language + ")", Files.readString(file), language));
                }
            }
        }
        assertEquals(36, requests.size(), "the eighteen example plans in two languages");

        // single-threaded, before any load or reload
        List<JsonNode> expected = new ArrayList<>();
        String originalHash = null;
        for (Request request : requests) {
            HttpResponse<String> response = post(request);
            assertEquals(200, response.statusCode(), request.name() + ": " + response.body());
            JsonNode report = Plans.JSON.readTree(response.body());
            originalHash = report.path("ruleSet").path("contentHash").asText();
            expected.add(withoutHash(report));
        }

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Set<String> hashesSeen = ConcurrentHashMap.newKeySet();
        long deadline = System.nanoTime() + MAX_TIME.toNanos();
        List<Thread> load = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            load.add(new Thread(() -> {
                for (int i = 0; i < MAX_REQUESTS_PER_THREAD && running.get() && System.nanoTime() < deadline; i++) {
                    int which = (thread * 7 + i) % requests.size();
                    Request request = requests.get(which);
                    sent.incrementAndGet();
                    try {
                        HttpResponse<String> response = post(request);
                        answered.incrementAndGet();
                        if (response.statusCode() != 200) {
                            failures.add(request.name() + ": " + response.statusCode() + " " + response.body());
                            continue;
                        }
                        JsonNode report = Plans.JSON.readTree(response.body());
                        hashesSeen.add(report.path("ruleSet").path("contentHash").asText());
                        if (!expected.get(which).equals(withoutHash(report))) {
                            failures.add(request.name() + ": the report differs from the single-threaded one");
                        }
                    } catch (Exception e) {
                        failures.add(request.name() + ": " + e);
                    }
                    pause(); // leaves the two cores of a build machine some room to compile the reloads
                }
            }, "evaluate-" + t));
        }
        load.forEach(Thread::start);

        // reload while the load runs: odd edits through the admin endpoint, even ones left to the watcher
        String periods = rules.read(PERIODS);
        List<String> hashesLoaded = new ArrayList<>(List.of(originalHash));
        try {
            for (int reload = 1; reload <= RELOADS && System.nanoTime() < deadline; reload++) {
                Thread.sleep(300);
                rules.write(PERIODS, periods + "\n// an edit that changes no decision: " + reload + "\n");
                if (reload % 2 == 1) {
                    given().header("Authorization", "Bearer test-admin-token").post("/api/v1/rule-sets/reload")
                            .then().statusCode(200);
                }
                String previous = hashesLoaded.get(hashesLoaded.size() - 1);
                String now = awaitNewHash(previous, deadline);
                hashesLoaded.add(now);
            }
        } finally {
            running.set(false);
            for (Thread thread : load) {
                thread.join(60_000);
            }
        }

        assertEquals(List.of(), List.copyOf(failures), "every answer equals the single-threaded one");
        assertEquals(sent.get(), answered.get(), "every request sent was answered");
        assertEquals(RELOADS + 1, hashesLoaded.size(), "every edit was loaded: " + hashesLoaded);
        assertEquals(RELOADS + 1, Set.copyOf(hashesLoaded).size(), "each edit compiled a new rule set: " + hashesLoaded);
        assertTrue(hashesSeen.size() >= 3, "answers came from several of the rule sets loaded during the load: " + hashesSeen);
        assertTrue(hashesLoaded.containsAll(hashesSeen), "answers came only from rule sets that were loaded");
        System.out.printf("ConcurrentReloadTest: %d requests from %d threads, all answered alike, across %d reloads "
                + "(%d rule-set versions in the answers)%n", answered.get(), THREADS, RELOADS, hashesSeen.size());
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> post(Request request) throws Exception {
        // dry runs: this test is about evaluation under reloads; storing records under load is RecordsApiTest's
        return client.send(HttpRequest.newBuilder(URI.create(evaluations + "?dryRun=true"))
                .header("Content-Type", "application/json").header("Accept-Language", request.language())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(request.body())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode withoutHash(JsonNode report) {
        JsonNode copy = report.deepCopy();
        ((ObjectNode) copy.path("ruleSet")).remove("contentHash");
        return copy;
    }

    /** Waits for the serving rule set's hash to change from {@code previous}, and returns the new one. */
    private static String awaitNewHash(String previous, long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            String now = given().get("/api/v1/rule-sets").then().statusCode(200).extract().path("[0].contentHash");
            String status = given().get("/api/v1/rule-sets").then().extract().path("[0].status");
            if (!previous.equals(now) && "LOADED".equals(status)) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for a reload after " + previous);
    }
}
