package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** POST /api/v1/evaluations/batch: each plan answered in order with its report or its problem. */
@QuarkusTest
class BatchTest {

    private static final String BATCH = "/api/v1/evaluations/batch";
    private static final String NDJSON = "application/x-ndjson";

    private static ObjectNode plan(String file, String planId) {
        return (ObjectNode) Plans.read("examples/" + file + ".plan.json").put("planId", planId);
    }

    private static List<ObjectNode> goodPlans() {
        return List.of(plan("mine-development/lithium-mine", "B-0"),
                plan("refining/rare-earth-separation-malaysia", "B-1"),
                plan("technology-development/gallium-recovery-pilot", "B-2"),
                plan("exploration-fs/nickel-exploration-ontario", "B-3"));
    }

    private static List<JsonNode> lines(String body) throws Exception {
        List<JsonNode> answers = new ArrayList<>();
        for (String line : body.split("\n")) {
            answers.add(Plans.JSON.readTree(line));
        }
        return answers;
    }

    @Test
    void aJsonArrayIsAnsweredInOrderWithEachPlansReport() throws Exception {
        ArrayNode batch = Plans.JSON.createArrayNode().addAll(goodPlans());
        String body = given().contentType("application/json").header("Accept-Language", "en").body(batch.toString())
                .post(BATCH).then().statusCode(200).contentType("application/json").extract().asString();
        JsonNode answers = Plans.JSON.readTree(body);
        assertEquals(4, answers.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(i, answers.get(i).get("index").asInt());
            assertEquals(200, answers.get(i).get("status").asInt());
            assertEquals("B-" + i, answers.get(i).at("/report/planId").asText());
            assertEquals("en", answers.get(i).at("/report/language").asText());
            assertTrue(answers.get(i).at("/report/criteria").size() > 50);
            assertNull(answers.get(i).get("problem"));
        }
        // each answer is the report a single evaluation gives, with the record's id and receipt added as there
        JsonNode single = Plans.JSON.readTree(given().contentType("application/json").header("Accept-Language", "en")
                .body(goodPlans().get(1).toString()).post("/api/v1/evaluations?dryRun=true").then().statusCode(200).extract().asString());
        assertTrue(answers.get(1).at("/report/recordId").isTextual(), "stored as a record");
        assertEquals(single, RecordsApiTest.reportOf(answers.get(1).get("report")));
    }

    @Test
    void oneBadPlanAmongGoodOnesGetsItsOwnProblemAndTheOthersTheirReports() throws Exception {
        List<ObjectNode> plans = new ArrayList<>(goodPlans());
        ObjectNode wrongType = plan("mine-development/lithium-mine", "B-bad");
        wrongType.with("period").put("end", "not a date");
        plans.add(1, wrongType);
        ObjectNode noRevision = plan("mine-development/lithium-mine", "B-old").put("applicationDate", "2001-01-01");
        plans.add(3, noRevision);
        ArrayNode batch = Plans.JSON.createArrayNode().addAll(plans);
        batch.insert(5, Plans.JSON.getNodeFactory().numberNode(7)); // not even an object
        JsonNode answers = Plans.JSON.readTree(given().contentType("application/json").body(batch.toString())
                .post(BATCH).then().statusCode(200).extract().asString());
        assertEquals(7, answers.size());
        int[] statuses = new int[7];
        for (int i = 0; i < 7; i++) {
            assertEquals(i, answers.get(i).get("index").asInt());
            statuses[i] = answers.get(i).get("status").asInt();
        }
        assertEquals(List.of(200, 400, 200, 422, 200, 400, 200), java.util.Arrays.stream(statuses).boxed().toList());
        JsonNode problem = answers.get(1).get("problem");
        assertEquals("urn:supply-plan-evaluator:problem:invalid-plan", problem.get("type").asText());
        assertEquals("/period/end", problem.at("/errors/0/pointer").asText());
        assertNull(answers.get(1).get("report"));
        // the same problem as the single evaluation's 400
        JsonNode single = Plans.JSON.readTree(given().contentType("application/json").body(wrongType.toString())
                .post("/api/v1/evaluations").then().statusCode(400).extract().asString());
        assertEquals(single, problem);
        assertEquals("urn:supply-plan-evaluator:problem:no-rule-set-for-date", answers.get(3).at("/problem/type").asText());
        assertEquals(List.of("B-0", "B-1", "B-2", "B-3"), List.of(answers.get(0).at("/report/planId").asText(),
                answers.get(2).at("/report/planId").asText(), answers.get(4).at("/report/planId").asText(),
                answers.get(6).at("/report/planId").asText()));
    }

    @Test
    void ndjsonInIsNdjsonOutStreamedWithABrokenLineAnsweredOnItsOwn() throws Exception {
        List<ObjectNode> plans = goodPlans();
        String body = plans.get(0) + "\n" + "{\"planId\": \"B-broken\", \n\n" + plans.get(1) + "\r\n   \n" + plans.get(2) + "\n";
        Response response = given().contentType(NDJSON).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(BATCH);
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith(NDJSON), response.contentType());
        // streamed as the answers finish: chunked, no length known up front
        assertNull(response.header("Content-Length"));
        assertEquals("chunked", response.header("Transfer-Encoding"));
        List<JsonNode> answers = lines(response.asString());
        assertEquals(4, answers.size());
        assertEquals(List.of(200, 400, 200, 200), answers.stream().map(a -> a.get("status").asInt()).toList());
        assertEquals(List.of(0, 1, 2, 3), answers.stream().map(a -> a.get("index").asInt()).toList());
        assertEquals("urn:supply-plan-evaluator:problem:malformed-json", answers.get(1).at("/problem/type").asText());
        assertFalse(answers.get(1).toString().contains("B-broken"), "a problem never repeats the plan's values");
        assertEquals("B-2", answers.get(3).at("/report/planId").asText());
    }

    @Test
    void anArrayAnsweredAsNdjsonWhenAcceptAsksForIt() throws Exception {
        ArrayNode batch = Plans.JSON.createArrayNode().addAll(goodPlans());
        Response response = given().contentType("application/json").accept(NDJSON).body(batch.toString()).post(BATCH);
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith(NDJSON));
        List<JsonNode> answers = lines(response.asString());
        assertEquals(List.of("B-0", "B-1", "B-2", "B-3"), answers.stream().map(a -> a.at("/report/planId").asText()).toList());
    }

    @Test
    void moreThanTheLimitIs413NamingTheLimit() {
        String tooMany = "[" + String.join(",", java.util.Collections.nCopies(1001, "{}")) + "]";
        given().contentType("application/json").body(tooMany).post(BATCH).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:supply-plan-evaluator:problem:batch-too-large"))
                .body("detail", containsString("at most 1000"));
        String exactly = "[" + String.join(",", java.util.Collections.nCopies(1000, "{}")) + "]";
        given().contentType("application/json").accept(NDJSON).body(exactly).post(BATCH).then().statusCode(200)
                .body(containsString("\"index\":999,\"status\":400"));
    }

    @Test
    void aBatchHasItsOwnByteLimitAndEachPlanStillHasTheSingleOne() throws Exception {
        String big = "{\"planId\": \"" + "x".repeat(300_000) + "\"}";
        JsonNode answers = Plans.JSON.readTree(given().contentType("application/json")
                .body("[" + goodPlans().get(0) + "," + big + "]").post(BATCH).then().statusCode(200).extract().asString());
        assertEquals(200, answers.get(0).get("status").asInt());
        assertEquals(413, answers.get(1).get("status").asInt());
        assertEquals("urn:supply-plan-evaluator:problem:body-too-large", answers.get(1).at("/problem/type").asText());
        byte[] huge = ("[\"" + "x".repeat(8_400_000) + "\"]").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().contentType("application/json").body(huge).post(BATCH).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:supply-plan-evaluator:problem:body-too-large"))
                .body("detail", containsString("at most 8388608"));
    }

    @Test
    void aBrokenArrayOrSomethingElseIsRefusedAsAWhole() {
        given().contentType("application/json").body("[" + goodPlans().get(0) + ", {\"planId\": ]").post(BATCH).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:supply-plan-evaluator:problem:malformed-json"))
                .body("errors[0].pointer", equalTo("/1"));
        given().contentType("application/json").body(goodPlans().get(0).toString()).post(BATCH).then()
                .statusCode(400).body("type", equalTo("urn:supply-plan-evaluator:problem:invalid-batch"));
        given().contentType("application/json").body("[]").post(BATCH).then().statusCode(200).body("size()", equalTo(0));
        given().contentType("text/plain").body("[]").post(BATCH).then().statusCode(415);
    }
}
