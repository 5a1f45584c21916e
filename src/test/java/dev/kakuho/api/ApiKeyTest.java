package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evaluation switched by configuration to require an API key. */
@QuarkusTest
@TestProfile(ApiKeyTest.KeysRequired.class)
class ApiKeyTest {

    public static class KeysRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("evaluation.api-keys", "portal-key-1,portal-key-2");
        }
    }

    private static io.restassured.specification.RequestSpecification plan() {
        return given().contentType(ContentType.JSON).body(Plans.json(Plans.mine()));
    }

    @Test
    void evaluationWithoutAKeyIsRefused() {
        plan().post("/api/v1/evaluations").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", containsString("unauthorized"));
        plan().header("Authorization", "Bearer wrong").post("/api/v1/evaluations").then().statusCode(401);
    }

    @Test
    void evaluationWithAKeyIsServed() {
        plan().header("Authorization", "Bearer portal-key-1").post("/api/v1/evaluations").then().statusCode(200)
                .body("outcome", equalTo("PASS"));
        plan().header("X-API-Key", "portal-key-2").post("/api/v1/evaluations").then().statusCode(200);
    }

    @Test
    void thePageCannotBeUsedToEvaluateWithoutAKeyEither() {
        given().multiPart("plan", Plans.json(Plans.mine())).post("/reports").then().statusCode(401);
        given().get("/").then().statusCode(200);
    }

    @Test
    void theAdminCredentialIsStillSeparate() {
        given().header("Authorization", "Bearer portal-key-1").post("/api/v1/rule-sets/reload").then().statusCode(401);
    }
}
