package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plans are confidential: logs and error bodies carry no plan contents beyond planId, outcome and timing. */
@QuarkusTest
class NoLeakTest {

    private static final String SECRET = "ZETA-SORBENT-7731";
    private final CapturedLogs logs = new CapturedLogs();

    @BeforeEach
    void listen() {
        logs.listen();
    }

    @AfterEach
    void stop() {
        logs.stop();
    }

    @Test
    void anEvaluationLogsItsIdOutcomeAndTimingButNoPlanContent() {
        ObjectNode plan = Plans.mine();
        Plans.set(plan, "/economics/subsidyNecessityRationale", "Our edge is " + SECRET);
        ((ObjectNode) plan.at("/techLeakPrevention/coreTechnologies/0")).put("name", SECRET);
        Plans.set(plan, "/applicant/name", SECRET + " K.K.");
        given().contentType(ContentType.JSON).body(Plans.json(plan)).post("/api/v1/evaluations").then().statusCode(200);

        assertTrue(logs.lines().stream().anyMatch(l -> l.contains("EX-MINE-001") && l.contains("PASS")),
                "the evaluation is logged with its planId and outcome: " + logs.lines());
        assertFalse(logs.lines().stream().anyMatch(l -> l.contains(SECRET)), "a log line carries plan content: " + logs.lines());
    }

    @Test
    void aRefusedPlanLeaksNothingInTheLogOrTheAnswer() {
        ObjectNode plan = Plans.mine();
        Plans.set(plan, "/activity", SECRET);
        Plans.set(plan, "/period/end", SECRET);
        given().contentType(ContentType.JSON).body(Plans.json(plan)).post("/api/v1/evaluations").then().statusCode(400)
                .body(not(containsString(SECRET)));
        given().contentType(ContentType.JSON).body("{\"planId\": " + SECRET + "}").post("/api/v1/evaluations").then()
                .statusCode(400).body(not(containsString(SECRET)));
        assertFalse(logs.lines().stream().anyMatch(l -> l.contains(SECRET)), "a log line carries plan content: " + logs.lines());
    }
}
