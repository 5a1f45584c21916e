package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Reloading changes what the service serves: only the admin credential may do it. */
@QuarkusTest
class AdminAccessTest {

    @Test
    void reloadWithoutACredentialIsRefused() {
        given().post("/api/v1/rule-sets/reload").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", containsString("unauthorized"));
    }

    @Test
    void reloadWithTheWrongCredentialIsRefused() {
        given().header("Authorization", "Bearer guess").post("/api/v1/rule-sets/reload").then().statusCode(401);
        given().header("Authorization", "Basic dGVzdC1hZG1pbi10b2tlbg==").post("/api/v1/rule-sets/reload").then().statusCode(401);
    }

    @Test
    void reloadWithTheAdminCredentialReloads() {
        given().header("Authorization", "Bearer test-admin-token").post("/api/v1/rule-sets/reload").then().statusCode(200)
                .body("[0].status", equalTo("LOADED"));
    }
}
