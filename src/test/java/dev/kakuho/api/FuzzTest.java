package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakuho.rules.Reasons;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property-based test of the evaluation endpoint: thousands of example plans mutated at random
 * ({@link PlanFuzzer}) and bodies of random bytes, each posted over HTTP. Whatever is sent, the
 * answer is never a 5xx: it is a report holding every criterion with a valid status and a reason,
 * or a problem that names the offending fields by JSON pointer and repeats nothing that was sent.
 * Nothing is logged as an error (nor as a warning by the service), and no log line carries what was sent.
 *
 * <p>The seed is printed; replay a run with {@code ./mvnw test -Dtest=FuzzTest -Dfuzz.seed=<seed>}, one
 * case of it with {@code -Dfuzz.case=<n>}, and change the size with {@code -Dfuzz.plans} and
 * {@code -Dfuzz.bytes}. Failing bodies are written to {@code target/fuzz-failures/}.
 */
@QuarkusTest
class FuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", new SecureRandom().nextLong());
    static final int PLANS = Integer.getInteger("fuzz.plans", 3000);
    static final int BYTES = Integer.getInteger("fuzz.bytes", 1000);
    static final Integer ONLY = Integer.getInteger("fuzz.case");
    static final int THREADS = 2;
    static final int MAX_BODY = 262_144;
    static final LocalDate REVISION = LocalDate.of(2026, 3, 30);
    static final Set<String> STATUSES = Set.of("PASS", "FAIL", "MISSING", "REVIEW", "NOT_APPLICABLE");
    static final String PROBLEM = "urn:supply-plan-evaluator:problem:";

    /** What a log line must never carry, and what a problem must never say. */
    static final List<String> NEVER_IN_A_PROBLEM = List.of("Exception", "dev.kakuho", "com.fasterxml", "java.", "\tat ",
            "jakarta.", "io.quarkus", "org.jboss", PlanFuzzer.CANARY);

    static final Queue LOG = new Queue();

    @TestHTTPResource("/api/v1/evaluations")
    URI evaluations;

    private static PlanFuzzer fuzzer;
    private static List<String> criteria;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Log records of the run: errors, the service's warnings, and any carrying the canary. */
    static final class Queue extends Handler {
        final ConcurrentLinkedQueue<String> bad = new ConcurrentLinkedQueue<>();

        @Override
        public void publish(LogRecord record) {
            String message = String.valueOf(record.getMessage());
            if (record.getParameters() != null) {
                message += " " + java.util.Arrays.toString(record.getParameters());
            }
            String line = record.getLevel() + " " + record.getLoggerName() + " " + message
                    + (record.getThrown() == null ? "" : " " + record.getThrown());
            String logger = String.valueOf(record.getLoggerName());
            boolean ours = logger.startsWith("dev.kakuho") || logger.startsWith("org.drools") || logger.startsWith("org.kie");
            // errors from anywhere, warnings from the service and its rules engine (not, say, a slow machine's
            // blocked-thread warnings), and anything that repeats what was sent
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()
                    || ours && record.getLevel().intValue() > Level.INFO.intValue() || line.contains(PlanFuzzer.CANARY)) {
                bad.add(line);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final List<Handler> QUIETENED = new ArrayList<>();
    private static final Map<Handler, Level> LEVELS = new ConcurrentHashMap<>();

    @BeforeAll
    static void prepare() throws IOException {
        System.out.printf("FuzzTest seed %d (replay: ./mvnw test -Dtest=FuzzTest -Dfuzz.seed=%d)%n", SEED, SEED);
        List<String> names = new ArrayList<>();
        List<ObjectNode> plans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".plan.json")).sorted().toList()) {
                names.add(file.toString());
                plans.add(Plans.read(file.toString()));
            }
        }
        assertEquals(18, plans.size(), "the example plans");
        fuzzer = new PlanFuzzer(SEED, names, plans);
        Logger root = Logger.getLogger("");
        // thousands of evaluations: keep the console to warnings while the run lasts; the capture sees all
        for (Handler handler : root.getHandlers()) {
            if (handler.getClass().getSimpleName().contains("Console")) {
                LEVELS.put(handler, handler.getLevel());
                handler.setLevel(Level.WARNING);
                QUIETENED.add(handler);
            }
        }
        root.addHandler(LOG);
    }

    @AfterAll
    static void restore() {
        Logger.getLogger("").removeHandler(LOG);
        QUIETENED.forEach(h -> h.setLevel(LEVELS.get(h)));
    }

    private static List<String> criteria() {
        if (criteria == null) {
            criteria = given().get("/api/v1/rule-sets").then().statusCode(200).extract().jsonPath().getList("[0].criteria.id");
            assertEquals(59, criteria.size(), "the catalogue of the rule set");
        }
        return criteria;
    }

    @Test
    void mutatedExamplePlansGetAReportOrAProblemNamingTheField() throws Exception {
        Map<String, Integer> seen = run("plan", PLANS, fuzzer::plan);
        // the mutations reach both sides: the rules (reports) and the reader (refusals)
        int refused = seen.entrySet().stream().filter(e -> e.getKey().startsWith("400")).mapToInt(Map.Entry::getValue).sum();
        assertTrue(seen.getOrDefault("200", 0) >= PLANS / 10 || ONLY != null, "too few mutated plans were evaluated: " + seen);
        assertTrue(refused >= PLANS / 10 || ONLY != null, "too few mutated plans were refused: " + seen);
    }

    @Test
    void randomBytesGetAProblem() throws Exception {
        run("bytes", BYTES, fuzzer::bytes);
    }

    private Map<String, Integer> run(String kind, int cases, IntFunction<PlanFuzzer.Case> make) throws Exception {
        criteria();
        LOG.bad.clear();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger(ONLY == null ? 0 : ONLY);
        int end = ONLY == null ? cases : ONLY + 1;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < end && failures.size() < 20; n = next.getAndIncrement()) {
                    PlanFuzzer.Case c = make.apply(n);
                    String outcome;
                    try {
                        outcome = check(c);
                    } catch (Exception | AssertionError e) {
                        outcome = null;
                        failures.add(report(kind, c, e.getMessage()));
                    }
                    if (outcome != null) {
                        seen.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        Map<String, Integer> counts = new TreeMap<>();
        seen.forEach((k, v) -> counts.put(k, v.get()));
        System.out.printf("FuzzTest %s: %d cases, seed %d, answers %s%n", kind, end - (ONLY == null ? 0 : ONLY), SEED, counts);
        assertTrue(failures.isEmpty(), failures.size() + " failing case(s) with seed " + SEED + ":\n" + String.join("\n", failures));
        assertEquals(List.of(), List.copyOf(LOG.bad), "errors or warnings logged, or log lines carrying what was sent (seed " + SEED + ")");
        return counts;
    }

    private static String report(String kind, PlanFuzzer.Case c, String problem) {
        Path dir = Path.of("target", "fuzz-failures");
        Path file = dir.resolve(SEED + "-" + kind + "-" + c.number() + ".json");
        try {
            Files.createDirectories(dir);
            Files.write(file, c.body());
        } catch (IOException e) {
            file = null;
        }
        String line = "  " + kind + " case " + c.number() + " (" + c.example() + "; " + c.mutations() + "; body in " + file
                + ", replay with -Dfuzz.seed=" + SEED + " -Dfuzz.case=" + c.number() + "): " + problem;
        return printable(line);
    }

    /** Posts one case and checks the answer; returns its status (and problem type) for the tally. */
    private String check(PlanFuzzer.Case c) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(evaluations)
                .header("Content-Type", "application/json")
                .header("Accept-Language", c.number() % 2 == 0 ? "ja" : "en")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(c.body())).build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String text = response.body();
        if (status >= 500) {
            throw new AssertionError("answered " + status + ": " + PlanFuzzer.abbreviate(text));
        }
        JsonNode body = Plans.JSON.readTree(text);
        JsonNode sent = readOrNull(c.body());
        switch (status) {
            case 200 -> checkReport(c, contentType, body, sent, new String(c.body(), StandardCharsets.UTF_8));
            case 400 -> checkRefusal(c, contentType, body, text);
            case 413 -> {
                checkProblem(contentType, body, text, 413);
                assertTrue(c.body().length > MAX_BODY, "413 for a body of " + c.body().length + " bytes");
            }
            case 422 -> {
                checkProblem(contentType, body, text, 422);
                assertEquals(PROBLEM + "no-rule-set-for-date", body.path("type").asText());
                assertTrue(body.path("clause").path("ref").asText().contains("附則"), "422 cites the 附則: " + text);
                assertEquals("/applicationDate", body.path("errors").path(0).path("pointer").asText());
                LocalDate date = LocalDate.parse(sent.path("applicationDate").asText());
                assertTrue(date.isBefore(REVISION), "422 for an application made on " + date);
            }
            default -> throw new AssertionError("answered " + status + ": " + PlanFuzzer.abbreviate(text));
        }
        return status == 400 ? "400 " + body.path("type").asText().substring(PROBLEM.length()) : String.valueOf(status);
    }

    private void checkReport(PlanFuzzer.Case c, String contentType, JsonNode report, JsonNode sent, String sentText) {
        assertTrue(contentType.startsWith("application/json"), "a report is JSON, not " + contentType);
        assertTrue(sent != null && sent.isObject(), "a report for a body that is not a JSON object");
        assertEquals(sent.path("planId").asText(), report.path("planId").asText(), "the report names the plan");
        assertEquals(sent.path("activity").asText(), report.path("activity").asText(), "the report names the activity");
        assertTrue(!LocalDate.parse(sent.path("applicationDate").asText()).isBefore(REVISION),
                "a report for an application made before the revision applies");
        assertTrue(report.path("warnings").isMissingNode(), "the report carries warnings: " + report.path("warnings"));
        List<String> ids = new ArrayList<>();
        Map<String, Integer> counted = new TreeMap<>();
        for (JsonNode criterion : report.path("criteria")) {
            String id = criterion.path("id").asText();
            ids.add(id);
            String status = criterion.path("status").asText();
            assertTrue(STATUSES.contains(status), id + " has status " + status);
            counted.merge(status, 1, Integer::sum);
            String reason = criterion.path("reason").asText();
            assertTrue(!reason.isBlank(), id + " has no reason");
            for (String placeholder : Reasons.unfilled(reason)) {
                assertTrue(sentText.contains(placeholder), id + "'s reason has an unfilled " + placeholder + ": " + reason);
            }
            assertTrue(!reason.contains("null") || sentText.contains("null"), id + "'s reason says null: " + reason);
            if ("MISSING".equals(status) && !criterion.path("missing").isEmpty()) {
                criterion.path("missing").forEach(p -> assertTrue(p.asText().startsWith("/"), id + " names " + p));
            }
        }
        assertEquals(criteria(), ids, "the report holds every criterion of the catalogue, in order");
        Map<String, Integer> summary = new TreeMap<>();
        report.path("summary").fields().forEachRemaining(e -> {
            if (e.getValue().asInt() > 0) {
                summary.put(e.getKey(), e.getValue().asInt());
            }
        });
        assertEquals(counted, summary, "the summary counts the criteria");
        String outcome = counted.containsKey("FAIL") ? "FAIL" : counted.containsKey("MISSING") ? "INCOMPLETE" : "PASS";
        assertEquals(outcome, report.path("outcome").asText(), "the outcome follows from the statuses");
    }

    private void checkRefusal(PlanFuzzer.Case c, String contentType, JsonNode problem, String text) {
        checkProblem(contentType, problem, text, 400);
        String type = problem.path("type").asText().substring(PROBLEM.length());
        assertTrue(Set.of("invalid-plan", "malformed-json", "limit-exceeded").contains(type), "problem type " + type);
        JsonNode errors = problem.path("errors");
        assertTrue(errors.isArray() && !errors.isEmpty(), "a 400 names at least one field: " + text);
        for (JsonNode error : errors) {
            String pointer = error.path("pointer").asText(null);
            assertTrue(pointer != null && (pointer.isEmpty() || pointer.startsWith("/")), "not a JSON pointer: " + error);
            assertTrue(!error.path("detail").asText().isBlank(), "an error without a detail: " + error);
            if (!c.bytesOnly() && !"malformed-json".equals(type)) {
                assertTrue(c.pointers().stream().anyMatch(m -> related(pointer, m)),
                        "the error at " + pointer + " (" + error.path("detail").asText() + ") is not where the plan was changed");
            }
        }
        if (!c.bytesOnly() && "malformed-json".equals(type)) {
            // only a bare NaN (which the fuzzer writes raw) makes a mutated plan ill-formed
            assertTrue(readOrNull(c.body()) == null, "a mutated plan is well-formed JSON, yet: " + text);
        }
    }

    /** Refusals the reader makes at one field because of another: the application date must not be after the plan's end. */
    private static final Map<String, Set<String>> CROSS_FIELD = Map.of("/applicationDate", Set.of("/period/end", "/period"));

    /**
     * Whether an error at {@code error} can be caused by a change at {@code changed}: inside it, above it, beside it,
     * or at a field the reader compares it with.
     */
    static boolean related(String error, String changed) {
        return error.startsWith(changed) || changed.startsWith(error) || parent(error).equals(parent(changed))
                || CROSS_FIELD.getOrDefault(error, Set.of()).contains(changed);
    }

    private static String parent(String pointer) {
        return pointer.isEmpty() ? "" : pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static void checkProblem(String contentType, JsonNode problem, String text, int status) {
        assertTrue(contentType.startsWith("application/problem+json"), "a problem is application/problem+json, not " + contentType);
        assertTrue(problem.path("type").asText().startsWith(PROBLEM), "a stable problem type: " + text);
        assertEquals(status, problem.path("status").asInt(), "the problem's status");
        assertTrue(!problem.path("title").asText().isBlank() && !problem.path("detail").asText().isBlank(),
                "a problem has a title and a detail: " + text);
        for (String never : NEVER_IN_A_PROBLEM) {
            assertTrue(!text.contains(never), "the problem says '" + never + "': " + PlanFuzzer.abbreviate(text));
        }
    }

    /** Without control characters or lone surrogates, which would cut a test report short. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) || Character.isSurrogate((char) cp)
                && Character.charCount(cp) == 1 ? '?' : cp));
        String result = out.toString();
        return result.length() > 1500 ? result.substring(0, 1500) + "…" : result;
    }

    private static JsonNode readOrNull(byte[] body) {
        try {
            return Plans.JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
