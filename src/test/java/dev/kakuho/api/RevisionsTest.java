package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakuho.rules.RulesCopy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two revisions side by side: a revision made for the test applies from 2027-04-01 and requires
 * seven years of production; applications are judged by the revision in force on their date.
 */
@QuarkusTest
@TestProfile(RevisionsTest.TwoRevisions.class)
class RevisionsTest {

    static final Path RULES = Path.of("target", "test-rules", "two-revisions");

    public static class TwoRevisions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RulesCopy rules = RulesCopy.at(RULES).copyRevision(RulesCopy.REVISION, "critical-minerals/2027-04-01");
            String next = "critical-minerals/2027-04-01/";
            rules.replace(next + "ruleset.yaml", "revision: 2026-03-30\nappliesFrom: 2026-03-30",
                    "revision: 2027-04-01\nappliesFrom: 2027-04-01");
            rules.replace(next + "parameters.yaml", "「生産が開始された時点からの期間は、5 年以上」\n  value: 5",
                    "「生産が開始された時点からの期間は、7 年以上」\n  value: 7");
            // the new revision's own rule tests: seven years from the start of production, a day short and exactly
            for (String file : java.util.List.of("s1-scope", "s2-1-exploration", "s2-2-mine", "s2-3-refining", "s2-4-technology",
                    "s2-goals", "s3-stability", "s4-periods", "s5-organisation", "s6-measures", "s7-joint-applications",
                    "s8-considerations", "reasons")) {
                try {
                    java.nio.file.Files.deleteIfExists(rules.file(next + "tests/" + file + ".yaml"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            rules.write(next + "tests/s4-periods.yaml", """
                    cases:
                      - name: Production from 2028-04-01 until 2035-03-30 is a day short of seven years and fails
                        plan: mine-development
                        set: {/period/productionStart: "2028-04-01", /period/end: "2035-03-30"}
                        expect: {period.mine: FAIL}
                      - name: Production from 2028-04-01 until 2035-03-31 runs exactly seven years and passes
                        plan: mine-development
                        set: {/period/productionStart: "2028-04-01", /period/end: "2035-03-31"}
                        expect: {period.mine: PASS}
                    """);
            return Map.of("rules.dir", RULES.toString(), "rules.watch-interval", "0");
        }
    }

    private static io.restassured.response.ValidatableResponse evaluate(String applicationDate) {
        ObjectNode plan = Plans.set(Plans.mine(), "/applicationDate", applicationDate);
        return given().contentType(ContentType.JSON).body(Plans.json(plan)).post("/api/v1/evaluations").then();
    }

    @Test
    void bothRevisionsAreListed() {
        given().get("/api/v1/rule-sets").then().statusCode(200)
                .body("revision", contains("2026-03-30", "2027-04-01"))
                .body("status", contains("LOADED", "LOADED"));
    }

    @Test
    void theDayBeforeTheNewRevisionIsJudgedByTheEarlierOne() {
        evaluate("2027-03-31").statusCode(200)
                .body("ruleSet.revision", equalTo("2026-03-30"))
                .body("criteria.find { it.id == 'period.mine' }.status", equalTo("PASS"));
    }

    @Test
    void fromItsDateTheNewRevisionJudges() {
        evaluate("2027-04-01").statusCode(200)
                .body("ruleSet.revision", equalTo("2027-04-01"))
                .body("criteria.find { it.id == 'period.mine' }.status", equalTo("FAIL"))
                .body("criteria.find { it.id == 'period.mine' }.facts.requiredEnd", equalTo("2035-03-31"));
    }

    @Test
    void beforeTheEarliestRevisionNothingJudges() {
        evaluate("2026-03-29").statusCode(422).body("clause.ref", equalTo("附則（令和8年3月30日改定）"));
    }
}
