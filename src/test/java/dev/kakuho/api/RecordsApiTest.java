package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakuho.records.CanonicalJson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Evaluation records through the API on the embedded default database (H2 in a file);
 * {@link RecordsApiPostgresTest} runs the same against PostgreSQL.
 */
@QuarkusTest
@TestProfile(RecordsApiTest.WithKeys.class)
class RecordsApiTest {

    static final String PORTAL_KEY = "portal-secret-key-0123456789";
    static final String LEGACY_KEY = "legacy-secret-key-9876543210";
    static final String ADMIN = "Bearer test-admin-token";

    /** Two API keys: one with an id, one bare as before key ids existed. */
    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("evaluation.api-keys", "portal:" + PORTAL_KEY + "," + LEGACY_KEY,
                    "records.data-dir", "target/records-api-test");
        }
    }

    @Test
    void anEvaluationIsRecordedBeforeItIsAnsweredWithItsIdAndReceipt() throws Exception {
        String plan = plan();
        Response answer = evaluate(plan, PORTAL_KEY, "");
        answer.then().statusCode(200);
        JsonNode body = CanonicalJson.read(answer.asString());
        String id = body.path("recordId").asText();
        assertTrue(id.matches("[A-Za-z0-9_-]{22}"), "a 128-bit URL-safe id: " + id);
        assertEquals("/api/v1/records/" + id, java.net.URI.create(answer.header("Location")).getPath());
        JsonNode receipt = body.path("receipt");
        assertEquals(id, receipt.path("recordId").asText());
        assertEquals(sha256(plan.getBytes(StandardCharsets.UTF_8)), receipt.path("planSha256").asText());
        assertEquals(body.path("ruleSet").path("contentHash").asText(), receipt.path("ruleSetContentHash").asText());
        assertEquals("Ed25519", receipt.path("algorithm").asText());

        JsonNode record = CanonicalJson.read(given().header("Authorization", ADMIN).accept("application/json")
                .get("/api/v1/records/" + id).then().statusCode(200).extract().asString());
        assertEquals("portal", record.path("caller").asText(), "the key's id, never the key");
        assertFalse(record.toString().contains(PORTAL_KEY));
        assertEquals(planId(plan), record.path("planId").asText());
        assertEquals(sha256(plan.getBytes(StandardCharsets.UTF_8)), record.path("planSha256").asText());
        assertEquals(body.path("ruleSet").path("id").asText(), record.path("ruleSet").path("id").asText());
        assertEquals(body.path("ruleSet").path("revision").asText(), record.path("ruleSet").path("revision").asText());
        assertEquals(body.path("ruleSet").path("contentHash").asText(), record.path("ruleSet").path("contentHash").asText());
        assertEquals(body.path("outcome").asText(), record.path("outcome").asText());
        assertTrue(record.path("applicationVersion").asText().length() > 0);
        assertArrayEquals(CanonicalJson.of(reportOf(body)), CanonicalJson.of(record.path("report")), "the report as answered");
        assertEquals(receipt, record.path("receipt"));

        byte[] stored = given().header("Authorization", ADMIN).get("/api/v1/records/" + id + "/plan")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(plan.getBytes(StandardCharsets.UTF_8), stored, "the plan byte for byte as received");
    }

    @Test
    void aBareKeyIsNamedByItsHashNeverByItself() throws Exception {
        String id = recordId(evaluate(plan(), LEGACY_KEY, ""));
        String caller = CanonicalJson.read(given().header("X-API-Key", PORTAL_KEY).get("/api/v1/records/" + id)
                .then().statusCode(200).extract().asString()).path("caller").asText();
        assertEquals("key-" + sha256(LEGACY_KEY.getBytes(StandardCharsets.UTF_8)).substring(0, 8), caller);
    }

    @Test
    void aDryRunIsAnsweredButNotStored() throws Exception {
        String plan = plan();
        JsonNode body = CanonicalJson.read(evaluate(plan, PORTAL_KEY, "?dryRun=true").then().statusCode(200).extract().asString());
        assertTrue(body.path("outcome").isTextual());
        assertTrue(body.path("recordId").isMissingNode());
        assertTrue(body.path("receipt").isMissingNode());
        assertEquals(0, records(planId(plan)).size());
    }

    @Test
    void eachReportOfABatchIsStoredAsOneRecordAndARefusedPlanStoresNothing() throws Exception {
        String plan = plan();
        String planId = planId(plan);
        ObjectNode refused = (ObjectNode) Plans.JSON.readTree(plan);
        refused.with("period").put("end", "not a date"); // the same planId: it must add no record
        ObjectNode refusedAlone = refused.deepCopy().put("planId", planId + "-X"); // a planId of its own
        String batch = "[" + plan + "," + refused + "," + plan + "," + refusedAlone + "," + plan + "]";
        JsonNode answers = CanonicalJson.read(given().header("X-API-Key", PORTAL_KEY).contentType("application/json")
                .header("Accept-Language", "en").body(batch).post("/api/v1/evaluations/batch").then().statusCode(200)
                .extract().asString());
        List<Integer> statuses = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (JsonNode answer : answers) {
            statuses.add(answer.path("status").asInt());
            if (answer.path("status").asInt() != 200) {
                assertTrue(answer.path("report").isMissingNode());
                continue;
            }
            JsonNode report = answer.path("report");
            String id = report.path("recordId").asText();
            assertEquals(id, report.path("receipt").path("recordId").asText(), "the receipt of its own record");
            answered.add(id);
            JsonNode record = CanonicalJson.read(given().header("Authorization", ADMIN).accept("application/json")
                    .queryParam("lang", "en").get("/api/v1/records/" + id).then().statusCode(200).extract().asString());
            assertEquals("portal", record.path("caller").asText(), "the batch's caller, as for one evaluation");
            assertEquals(sha256(plan.getBytes(StandardCharsets.UTF_8)), record.path("planSha256").asText(), "the plan as sent in the batch");
            assertArrayEquals(CanonicalJson.of(reportOf(report)), CanonicalJson.of(record.path("report")), "the report as answered");
            assertEquals(report.path("receipt"), record.path("receipt"));
        }
        assertEquals(List.of(200, 400, 200, 400, 200), statuses);
        assertEquals(3, answered.size(), "three reports, three records");
        assertEquals(answered, new HashSet<>(records(planId)), "one record per report, none for the refused plan of the same planId");
        assertEquals(0, records(planId + "-X").size(), "nothing stored for a refused plan");

        JsonNode dryRun = CanonicalJson.read(given().header("X-API-Key", PORTAL_KEY).contentType("application/json")
                .body(batch).post("/api/v1/evaluations/batch?dryRun=true").then().statusCode(200).extract().asString());
        assertEquals(200, dryRun.get(0).path("status").asInt());
        assertTrue(dryRun.get(0).path("report").path("recordId").isMissingNode(), "a dry run carries no record");
        assertEquals(3, records(planId).size(), "and stores nothing");
    }

    @Test
    void eightThreadsEvaluatingAtOnceGetExactlyOneRecordEach() throws Exception {
        String plan = plan();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            tasks.add(() -> recordId(evaluate(plan, PORTAL_KEY, "")));
        }
        Set<String> ids = new HashSet<>();
        try {
            for (Future<String> done : threads.invokeAll(tasks)) {
                ids.add(done.get());
            }
        } finally {
            threads.shutdown();
            threads.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertEquals(24, ids.size(), "24 evaluations, 24 different records");
        assertEquals(ids, new HashSet<>(records(planId(plan))), "and no other record of that plan");
    }

    @Test
    void aReceiptVerifiesWithOpensslAndFailsAfterOneByteOfTheReportChanges() throws Exception {
        Response answer = evaluate(plan(), PORTAL_KEY, "");
        JsonNode body = CanonicalJson.read(answer.asString());
        String id = body.path("recordId").asText();
        JsonNode receipt = CanonicalJson.read(given().header("Authorization", ADMIN).get("/api/v1/records/" + id + "/receipt")
                .then().statusCode(200).extract().asString());
        byte[] payload = Base64.getDecoder().decode(receipt.path("payload").asText());

        // the signed bytes can be rebuilt from the answer alone
        ObjectNode signed = Plans.JSON.createObjectNode();
        ObjectNode fields = ((ObjectNode) body.path("receipt").deepCopy());
        fields.remove("signature");
        signed.set("receipt", fields);
        signed.set("report", reportOf(body));
        assertArrayEquals(CanonicalJson.of(signed), payload);

        Path dir = Files.createTempDirectory(Path.of("target"), "receipt");
        Files.writeString(dir.resolve("key.pem"), given().get("/api/v1/receipts/key.pem").then().statusCode(200).extract().asString());
        Files.write(dir.resolve("sig.bin"), Base64.getDecoder().decode(body.path("receipt").path("signature").asText()));
        Files.write(dir.resolve("payload.bin"), payload);
        Openssl verified = Openssl.verify(dir, "payload.bin");
        assertEquals(0, verified.exit(), verified.output());
        assertTrue(verified.output().contains("Signature Verified Successfully"), verified.output());

        byte[] altered = payload.clone();
        int at = new String(payload, StandardCharsets.UTF_8).indexOf("\"planId\":\"") + 12; // inside the report's planId
        assertTrue(at > new String(payload, StandardCharsets.UTF_8).indexOf("\"report\":"));
        altered[at] = (byte) (altered[at] == 'X' ? 'Y' : 'X');
        Files.write(dir.resolve("altered.bin"), altered);
        Openssl refused = Openssl.verify(dir, "altered.bin");
        assertNotEquals(0, refused.exit(), refused.output());

        JsonNode jwk = CanonicalJson.read(given().get("/api/v1/receipts/key").then().statusCode(200).extract().asString());
        assertEquals("OKP", jwk.path("kty").asText());
        assertEquals("Ed25519", jwk.path("crv").asText());
        assertEquals(body.path("receipt").path("keyId").asText(), jwk.path("kid").asText());
    }

    @Test
    void replayUnderTheSameRulesSaysIdentical() throws Exception {
        String id = recordId(evaluate(plan(), PORTAL_KEY, ""));
        given().header("Authorization", ADMIN).post("/api/v1/records/" + id + "/replay").then().statusCode(200)
                .body("result", equalTo("identical"))
                .body("differences.size()", equalTo(0));
    }

    @Test
    void recordsAreRefusedWithoutACredential() throws Exception {
        String id = recordId(evaluate(plan(), PORTAL_KEY, ""));
        given().get("/api/v1/records/" + id).then().statusCode(401).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:supply-plan-evaluator:problem:unauthorized"));
        given().header("X-API-Key", "not-a-key").get("/api/v1/records/" + id).then().statusCode(401);
        given().get("/api/v1/records/" + id + "/plan").then().statusCode(401);
        given().get("/api/v1/records/" + id + "/receipt").then().statusCode(401);
        given().get("/api/v1/records?planId=x").then().statusCode(401);
        given().post("/api/v1/records/" + id + "/replay").then().statusCode(401);
        given().header("X-API-Key", PORTAL_KEY).delete("/api/v1/records?planId=x").then().statusCode(401);
        // the HTML report stays reachable by its unguessable address (with the key evaluation needs here)
        given().header("X-API-Key", PORTAL_KEY).get("/reports/" + id).then().statusCode(200);
    }

    @Test
    void thePagesReportIsARecordReadAtItsAddress() throws Exception {
        String plan = plan();
        String location = given().header("X-API-Key", PORTAL_KEY).redirects().follow(false).multiPart("plan", plan)
                .post("/reports").then().statusCode(303).extract().header("Location");
        String id = java.net.URI.create(location).getPath().substring("/reports/".length());
        JsonNode record = CanonicalJson.read(given().header("Authorization", ADMIN).get("/api/v1/records/" + id)
                .then().statusCode(200).extract().asString());
        assertEquals("[\"en\",\"ja\"]", record.path("languages").toString(), "the page's record holds both languages");
        assertEquals("portal", record.path("caller").asText());
        given().header("X-API-Key", PORTAL_KEY).header("Accept-Language", "en").get("/reports/" + id).then().statusCode(200)
                .body(containsString("kept at this address as an evaluation record"));
        given().header("Authorization", ADMIN).accept("text/html").get("/api/v1/records/" + id + "?lang=ja").then()
                .statusCode(200).contentType(startsWith("text/html")).body(containsString(planId(plan)));
    }

    @Test
    void anAdminDeletesEveryRecordOfAPlan() throws Exception {
        String plan = plan();
        String first = recordId(evaluate(plan, PORTAL_KEY, ""));
        recordId(evaluate(plan, PORTAL_KEY, ""));
        String other = recordId(evaluate(plan(), PORTAL_KEY, ""));
        given().header("Authorization", ADMIN).delete("/api/v1/records?planId=" + planId(plan)).then().statusCode(200)
                .body("deleted", equalTo(2));
        given().header("Authorization", ADMIN).get("/api/v1/records/" + first).then().statusCode(404)
                .body("type", equalTo("urn:supply-plan-evaluator:problem:record-not-found"));
        given().header("Authorization", ADMIN).get("/api/v1/records/" + other).then().statusCode(200);
        given().header("Authorization", ADMIN).delete("/api/v1/records").then().statusCode(400);
    }

    @Test
    void aListIsFilteredAndPagedAndItsQueryChecked() throws Exception {
        String plan = plan();
        for (int i = 0; i < 3; i++) {
            recordId(evaluate(plan, PORTAL_KEY, ""));
        }
        JsonNode firstPage = CanonicalJson.read(given().header("Authorization", ADMIN)
                .get("/api/v1/records?planId=" + planId(plan) + "&limit=2&outcome=pass").then().statusCode(200).extract().asString());
        assertEquals(2, firstPage.path("items").size());
        JsonNode secondPage = CanonicalJson.read(given().header("Authorization", ADMIN)
                .get("/api/v1/records?planId=" + planId(plan) + "&limit=2&outcome=PASS&cursor=" + firstPage.path("next").asText())
                .then().statusCode(200).extract().asString());
        assertEquals(1, secondPage.path("items").size());
        assertTrue(secondPage.path("next").isNull());
        given().header("Authorization", ADMIN).get("/api/v1/records?planId=" + planId(plan) + "&outcome=FAIL")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().header("Authorization", ADMIN).get("/api/v1/records?outcome=MAYBE").then().statusCode(400)
                .body("errors[0].pointer", equalTo("outcome"));
        given().header("Authorization", ADMIN).get("/api/v1/records?from=yesterday").then().statusCode(400);
        given().header("Authorization", ADMIN).get("/api/v1/records?limit=0").then().statusCode(400);
        given().header("Authorization", ADMIN).get("/api/v1/records?cursor=bogus").then().statusCode(400);
    }

    // helpers

    /** The lithium mine example under a planId of its own, so that runs and tests do not meet. */
    static String plan() {
        ObjectNode plan = Plans.mine();
        plan.put("planId", "REC-" + UUID.randomUUID().toString().substring(0, 20));
        return Plans.json(plan);
    }

    static String planId(String plan) throws Exception {
        return Plans.JSON.readTree(plan).path("planId").asText();
    }

    static Response evaluate(String plan, String key, String query) {
        return given().header("X-API-Key", key).contentType("application/json").accept("application/json")
                .header("Accept-Language", "en").body(plan).post("/api/v1/evaluations" + query);
    }

    static String recordId(Response answer) {
        answer.then().statusCode(200);
        return CanonicalJson.read(answer.asString()).path("recordId").asText();
    }

    static List<String> records(String planId) {
        JsonNode page = CanonicalJson.read(given().header("Authorization", ADMIN).get("/api/v1/records?limit=500&planId=" + planId)
                .then().statusCode(200).extract().asString());
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    /** The answer without what the record added: the report as signed. */
    static JsonNode reportOf(JsonNode answer) {
        ObjectNode report = answer.deepCopy();
        report.remove("recordId");
        report.remove("receipt");
        return report;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** openssl, as the README tells a reader to run it. */
    record Openssl(int exit, String output) {

        static Openssl verify(Path dir, String payload) throws Exception {
            Process process = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "key.pem", "-rawin",
                    "-in", payload, "-sigfile", "sig.bin").directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            return new Openssl(process.exitValue(), output);
        }
    }
}
