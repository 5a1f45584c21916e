package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakuho.rules.RulesCopy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules directory goes away while the service runs (moved aside; an empty directory left in its
 * place): the last good rules keep serving the same answers, the rule-set list still shows them, and
 * readiness stays UP but says DEGRADED. When the directory comes back, health is OK again. (The tests
 * run as root here, so taking read permission away would not stop reads: the directory is moved.)
 */
@QuarkusTest
@TestProfile(RulesDirectoryGoneTest.MovableRules.class)
class RulesDirectoryGoneTest {

    static final Path RULES = Path.of("target", "test-rules", "directory-gone");
    static final Path ASIDE = Path.of("target", "test-rules", "directory-gone.aside");

    public static class MovableRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RulesCopy.at(RULES);
            RulesCopy.at(ASIDE); // emptied from a run that stopped half way, then taken away: the place must be free
            try (var files = Files.walk(ASIDE)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.of("rules.dir", RULES.toString(), "rules.watch-interval", "200ms");
        }
    }

    @Test
    void theLastGoodRulesServeWhileTheDirectoryIsGoneAndHealthSaysDegraded() throws Exception {
        ObjectNode plan = Plans.mine();
        JsonNode before = evaluate(plan);
        String hash = before.path("ruleSet").path("contentHash").asText();
        assertState("OK");

        // 1. the directory is moved away
        Files.move(RULES, ASIDE);
        try {
            Await.until("health to say DEGRADED", () -> "DEGRADED".equals(state()));
            given().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'rule-sets' }.data.rules", containsString("cannot read the rules directory"));
            assertEquals(before, evaluate(plan), "the same answer from the last good rules");
            assertServing(hash);
            given().header("Authorization", "Bearer test-admin-token").post("/api/v1/rule-sets/reload").then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:supply-plan-evaluator:problem:rules-directory-unusable"));
            assertEquals(before, evaluate(plan), "a reload asked for while the directory is gone changes nothing");

            // 2. an empty directory in its place (a volume gone from under its mount point)
            Files.createDirectories(RULES);
            Await.until("health to report the empty directory", () -> given().get("/q/health/ready").then().extract()
                    .path("checks.find { it.name == 'rule-sets' }.data.rules") instanceof String s && s.contains("no rule-set folders"));
            assertState("DEGRADED");
            assertEquals(before, evaluate(plan), "the same answer while the directory is empty");
            assertServing(hash);
            Files.delete(RULES);
        } finally {
            // 3. the directory comes back, its files as they were
            if (!Files.exists(RULES)) {
                Files.move(ASIDE, RULES);
            }
        }
        Await.until("health to be OK again", () -> "OK".equals(state()));
        assertState("OK");
        assertEquals(before, evaluate(plan));
        assertServing(hash);
    }

    private static JsonNode evaluate(ObjectNode plan) throws Exception {
        String body = given().contentType(ContentType.JSON).body(Plans.json(plan)).post("/api/v1/evaluations?dryRun=true").then()
                .statusCode(200).extract().asString();
        return Plans.JSON.readTree(body);
    }

    private static void assertServing(String hash) {
        JsonPath list = given().get("/api/v1/rule-sets").then().statusCode(200).extract().jsonPath();
        assertEquals(1, list.getList("$").size(), "the rule set is still listed");
        assertEquals(hash, list.getString("[0].contentHash"));
        assertEquals(59, list.getList("[0].criteria").size());
    }

    private static String state() {
        return given().get("/q/health/ready").then().extract().path("checks.find { it.name == 'rule-sets' }.data.state");
    }

    private static void assertState(String state) {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'rule-sets' }.data.state", equalTo(state));
    }

}
