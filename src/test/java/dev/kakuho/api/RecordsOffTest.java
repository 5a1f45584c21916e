package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment with records switched off: nothing stored, reports in memory as before. */
@QuarkusTest
@TestProfile(RecordsOffTest.Off.class)
class RecordsOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("records.enabled", "false", "records.data-dir", "target/records-off-test");
        }
    }

    @Test
    void evaluationsCarryNoRecordAndThePagesReportLivesInMemory() {
        given().contentType("application/json").body(RecordsApiTest.plan()).post("/api/v1/evaluations").then()
                .statusCode(200).body("recordId", nullValue()).body("receipt", nullValue());
        given().contentType("application/json").body("[" + RecordsApiTest.plan() + "]").post("/api/v1/evaluations/batch").then()
                .statusCode(200).body("[0].status", equalTo(200)).body("[0].report.planId", org.hamcrest.Matchers.startsWith("REC-"))
                .body("[0].report.recordId", nullValue()).body("[0].report.receipt", nullValue());
        String location = given().redirects().follow(false).multiPart("plan", RecordsApiTest.plan()).post("/reports")
                .then().statusCode(303).extract().header("Location");
        given().get(location).then().statusCode(200).body(containsString("サービスのメモリ上にのみ保持"));
        given().header("Accept-Language", "en").get("/reports/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404)
                .body(containsString("60 minutes"));
    }

    @Test
    void theRecordsApiAndTheReceiptKeySaySoWithAProblem() {
        given().header("Authorization", RecordsApiTest.ADMIN).get("/api/v1/records/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404)
                .body("type", equalTo("urn:supply-plan-evaluator:problem:records-disabled"));
        given().get("/api/v1/receipts/key").then().statusCode(404)
                .body("type", equalTo("urn:supply-plan-evaluator:problem:records-disabled"));
    }
}
