package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Neither API keys nor an admin token: evaluation is open and recorded, but nobody may read records. */
@QuarkusTest
@TestProfile(RecordsWithoutCredentialsTest.NoCredentials.class)
class RecordsWithoutCredentialsTest {

    public static class NoCredentials implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("admin.token", "", "records.data-dir", "target/records-no-credentials-test");
        }
    }

    @Test
    void theRecordsApiRefusesEveryoneWhileTheReportPageStaysAtItsAddress() {
        String id = RecordsApiTest.recordId(given().contentType("application/json").body(RecordsApiTest.plan())
                .post("/api/v1/evaluations"));
        for (String credential : new String[] {"", "Bearer anything", "Bearer test-admin-token"}) {
            given().header("Authorization", credential).get("/api/v1/records/" + id).then().statusCode(403)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("urn:supply-plan-evaluator:problem:records-access-disabled"));
        }
        given().get("/api/v1/records").then().statusCode(403);
        given().post("/api/v1/records/" + id + "/replay").then().statusCode(403);
        given().get("/reports/" + id).then().statusCode(200);
    }
}
