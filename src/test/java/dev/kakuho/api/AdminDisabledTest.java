package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no admin credential configured there is none to guess: admin operations are refused to everyone. */
@QuarkusTest
@TestProfile(AdminDisabledTest.NoAdminToken.class)
class AdminDisabledTest {

    public static class NoAdminToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("admin.token", "");
        }
    }

    @Test
    void reloadIsRefusedToEveryone() {
        given().header("Authorization", "Bearer test-admin-token").post("/api/v1/rule-sets/reload").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("ADMIN_TOKEN"));
        given().post("/api/v1/rule-sets/reload").then().statusCode(403);
    }
}
