package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakuho.rules.RulesCopy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Manual mode: a candidate that passes waits, with its impact on the examples, until an admin
 * publishes it; publishing needs the admin credential; a refused candidate's impact can still be read.
 */
@QuarkusTest
@TestProfile(PublishingManualTest.Manual.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishingManualTest {

    static final Path RULES = Path.of("target", "test-rules", "publishing-manual");
    static final String PARAMETERS = RulesCopy.REVISION + "/parameters.yaml";
    static final String ADMIN = "Bearer test-admin-token";
    /** A candidate's rule tests run before it is judged: minutes on a busy two-core machine. */
    static final java.time.Duration PATIENCE = java.time.Duration.ofMinutes(5);

    public static class Manual implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RulesCopy.at(RULES);
            return Map.of("rules.dir", RULES.toString(), "rules.watch-interval", "0", "rules.publish-mode", "manual");
        }
    }

    static JsonPath ruleSet() {
        return PublishingAutoTest.ruleSet(null);
    }

    static void reload() {
        given().config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", (int) PATIENCE.toMillis())))
                .header("Authorization", ADMIN).post("/api/v1/rule-sets/reload");
    }

    @Test
    @Order(1)
    void aGoodEditWaitsForTheAdminAndPublishingNeedsTheCredential() {
        RulesCopy rules = RulesCopy.existing(RULES);
        String published = ruleSet().getString("contentHash");
        rules.replace(RulesCopy.REVISION + "/s4-periods.drl", "    decide.remedy(drools, \"/period/end\", \">=\", $required);\nend",
                "    decide.remedy(drools, \"/period/end\", \">=\", $required); // noted\nend");
        reload();
        JsonPath waiting = ruleSet();
        assertEquals("manual", waiting.getString("publishMode"));
        assertEquals(published, waiting.getString("contentHash"), "the published rules keep serving");
        assertEquals("LOADED", waiting.getString("status"));
        assertEquals("WAITING", waiting.getString("candidate.state"));
        String candidate = waiting.getString("candidate.contentHash");
        String publish = waiting.getString("candidate.publish");
        assertEquals("/api/v1/rule-sets/critical-minerals/candidates/" + candidate + "/publish", publish);
        given().header("Authorization", ADMIN).get(waiting.getString("candidate.impact")).then().statusCode(200)
                .body("plansChanged", equalTo(0)).body("before", equalTo(published)).body("after", equalTo(candidate));

        String page = given().header("Authorization", ADMIN).get(waiting.getString("candidate.page")).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("<tr data-rule=\"OperationPeriodTooShort\"><td>OperationPeriodTooShort</td><td>edited</td>"
                + "<td><code>s4-periods.drl:"), "the page names the edited rule: " + page);
        assertTrue(!page.contains("id=\"diff-parameters\""), "no parameter changed");

        given().post(publish).then().statusCode(401);
        given().header("Authorization", "Bearer wrong").post(publish).then().statusCode(401);
        assertEquals(published, ruleSet().getString("contentHash"), "refused publication changes nothing");

        given().header("Authorization", ADMIN).queryParam("by", "Sato").post(publish).then().statusCode(200)
                .body("contentHash", equalTo(candidate));
        assertEquals(candidate, ruleSet().getString("contentHash"));
        List<Map<String, Object>> log = given().header("Authorization", ADMIN).get("/api/v1/rule-sets/publications").then()
                .statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> last = log.get(log.size() - 1);
        assertEquals(published, last.get("previousHash"));
        assertEquals(candidate, last.get("contentHash"));
        assertEquals("admin (Sato)", last.get("by"));
        given().header("Authorization", ADMIN).post(publish).then().statusCode(404);
    }

    @Test
    @Order(2)
    void theImpactOfSixYearsOfMineProductionShowsTheMinePlansAndOnlyThem() throws IOException {
        RulesCopy rules = RulesCopy.existing(RULES);
        String original = rules.read(PARAMETERS);
        rules.write(PARAMETERS, original.replaceFirst("(periods\\.mine\\.minimumYears:[^\\n]*\\n(?:  [^\\n]*\\n)*?  value: )5", "$16"));
        reload();
        JsonPath view = ruleSet();
        String candidate = view.getString("candidate.contentHash");
        String impactUrl = view.getString("candidate.impact");
        JsonNode impact = Plans.JSON.readTree(given().header("Authorization", ADMIN).queryParam("lang", "en").get(impactUrl).then()
                .statusCode(200).extract().asString());
        Set<String> changed = new TreeSet<>();
        impact.path("plans").forEach(p -> {
            changed.add(p.path("source").asText());
            assertEquals(p.path("outcomeBefore").asText(), p.path("outcomeAfter").asText(), "outcomes stay: " + p);
            p.path("criteria").forEach(c -> {
                assertEquals("period.mine", c.path("id").asText(), "only period.mine changes: " + c);
                assertTrue(c.path("facts").has("requiredEnd"), "the required end moves: " + c);
            });
        });
        assertEquals(PublishingExamples.minePlansWithProduction(), changed);
        assertEquals(changed.size(), impact.path("plansChanged").asInt());
        assertEquals("period.mine", impact.path("criteria").get(0).path("id").asText());
        assertEquals(changed.size(), impact.path("criteria").get(0).path("changed").asInt());

        String page = given().header("Authorization", ADMIN).get(view.getString("candidate.page")).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains(candidate), "the page names the candidate");
        for (String source : changed) {
            assertTrue(page.contains("data-source=\"" + source + "\""), "the page shows " + source);
        }
        assertEquals(changed.size(), page.split("class=\"plan\"", -1).length - 1, "the page shows only the plans that change");
        // beside the impact, what changed in the files: the one parameter, old → new, with its clause, and nothing else
        assertTrue(page.contains("<tr data-parameter=\"periods.mine.minimumYears\"><td><code>periods.mine.minimumYears</code></td>"
                + "<td>第3章第4節(2)</td><td><span class=\"was\">5</span> → <span class=\"now\">6</span></td></tr>"), page);
        assertEquals(1, page.split("data-parameter=", -1).length - 1, "only the edited parameter is listed");
        assertTrue(!page.contains("id=\"diff-rules\"") && !page.contains("id=\"diff-criteria\""), "no rule or criterion changed");
        assertTrue(page.indexOf("id=\"diff\"") < page.indexOf("id=\"summary\""), "the change is shown before its impact");
        given().get(view.getString("candidate.page")).then().statusCode(401);
        rules.write(PARAMETERS, original);
        reload();
    }
}
