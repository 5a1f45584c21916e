package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Prometheus metrics at /q/metrics: what the service did, never what a plan says. */
@QuarkusTest
class MetricsTest {

    private static final String PLAN_ID = "PLANID-METRICS-Q7X2-CONFIDENTIAL";
    private static final String EVALUATED = "evaluations_total{outcome=\"PASS\",revision=\"2026-03-30\",rule_set=\"critical-minerals\"}";
    private static final String REFUSED = "evaluation_refusals_total{type=\"invalid-plan\"}";

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one sample, 0 when it is not there yet. */
    private static double sample(String metrics, String series) {
        Matcher value = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    @Test
    void evaluationsAreCountedByOutcomeAndRuleSetWithoutAnythingFromThePlan() {
        double before = sample(metrics(), EVALUATED);
        ObjectNode plan = Plans.mine().put("planId", PLAN_ID);
        plan.with("project").put("name", "Project " + PLAN_ID);
        given().contentType(ContentType.JSON).body(Plans.json(plan)).post("/api/v1/evaluations").then().statusCode(200);
        given().contentType(ContentType.JSON).body("[" + Plans.json(plan) + "]").post("/api/v1/evaluations/batch").then()
                .statusCode(200);

        String after = metrics();
        assertEquals(before + 2, sample(after, EVALUATED), after);
        assertTrue(after.contains("evaluation_duration_seconds_bucket{le="), "a latency histogram");
        assertTrue(sample(after, "evaluation_duration_seconds_count") >= 2);
        assertTrue(sample(after, "evaluation_batches_total") >= 1);
        assertFalse(after.contains(PLAN_ID), "nothing from a plan's content in the metrics");
        assertFalse(after.contains("EX-MINE-001"));
        assertFalse(after.contains("Example Resources"));
    }

    @Test
    void refusalsAreCountedByProblemType() {
        double before = sample(metrics(), REFUSED);
        ObjectNode plan = Plans.mine();
        plan.with("period").put("end", "not a date");
        given().contentType(ContentType.JSON).body(Plans.json(plan)).post("/api/v1/evaluations").then().statusCode(400);
        given().contentType(ContentType.JSON).body("[" + Plans.json(plan) + "]").post("/api/v1/evaluations/batch").then()
                .statusCode(200);
        double malformed = sample(metrics(), "evaluation_refusals_total{type=\"malformed-json\"}");
        given().contentType(ContentType.JSON).body("{").post("/api/v1/evaluations").then().statusCode(400);
        byte[] large = ("{\"planId\": \"" + "x".repeat(300_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        double tooLarge = sample(metrics(), "evaluation_refusals_total{type=\"body-too-large\"}");
        given().contentType(ContentType.JSON).body(large).post("/api/v1/evaluations").then().statusCode(413);

        String after = metrics();
        assertEquals(before + 2, sample(after, REFUSED), "the single plan and the batch's plan");
        assertEquals(malformed + 1, sample(after, "evaluation_refusals_total{type=\"malformed-json\"}"));
        assertEquals(tooLarge + 1, sample(after, "evaluation_refusals_total{type=\"body-too-large\"}"), "refused before it is read");
    }

    @Test
    void ruleSetLoadsAndCompileTimeAreMeasured() {
        String before = metrics();
        assertTrue(sample(before, "rule_set_compile_seconds_count{result=\"accepted\",rule_set=\"critical-minerals/2026-03-30\"}") >= 1,
                "the start-up compile: " + before);
        assertTrue(sample(before, "rule_set_compile_seconds_sum{result=\"accepted\",rule_set=\"critical-minerals/2026-03-30\"}") > 0);
        given().header("Authorization", "Bearer test-admin-token").post("/api/v1/rule-sets/reload").then().statusCode(200);
        String after = metrics();
        assertEquals(sample(before, "rule_set_reloads_total{result=\"loaded\"}") + 1,
                sample(after, "rule_set_reloads_total{result=\"loaded\"}"));
    }

    @Test
    void recordsStoredAreCountedOncePerStoredReportAndDryRunsNot() {
        double before = sample(metrics(), "evaluation_records_stored_total");
        String plan = Plans.json(Plans.mine());
        given().contentType(ContentType.JSON).body(plan).post("/api/v1/evaluations").then().statusCode(200);
        given().contentType(ContentType.JSON).body(plan).post("/api/v1/evaluations?dryRun=true").then().statusCode(200);
        ObjectNode refused = Plans.mine();
        refused.with("period").put("end", "not a date");
        given().contentType(ContentType.JSON).body("[" + plan + "," + Plans.json(refused) + "," + plan + "]")
                .post("/api/v1/evaluations/batch").then().statusCode(200);
        given().contentType(ContentType.JSON).body("[" + plan + "]").post("/api/v1/evaluations/batch?dryRun=true").then()
                .statusCode(200);
        given().redirects().follow(false).multiPart("plan", plan).post("/reports").then().statusCode(303);
        assertEquals(before + 4, sample(metrics(), "evaluation_records_stored_total"),
                "one evaluation, two reports of a batch and the page's: 4 records");
    }

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<dev.kakuho.rules.RulesLoadEvents.Published> publications;

    @Test
    void aRuleSetPutIntoServiceIsCountedAsAPublication() {
        String before = metrics();
        assertTrue(sample(before, "rule_set_publications_total") >= 1, "the rule set published at start: " + before);
        // what the registry tells when it puts a rule set into service (PublicationsAcrossReplicasContract sees it told)
        publications.fire(new dev.kakuho.rules.RulesLoadEvents.Published(new dev.kakuho.rules.Publication(
                "critical-minerals/2026-03-30", "critical-minerals", "sha256:old", "sha256:new", "admin", java.time.Instant.now())));
        assertEquals(sample(before, "rule_set_publications_total") + 1, sample(metrics(), "rule_set_publications_total"));
    }
}
