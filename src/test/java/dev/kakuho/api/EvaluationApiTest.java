package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class EvaluationApiTest {

    private static io.restassured.response.ValidatableResponse evaluate(ObjectNode plan, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body(Plans.json(plan))
                .when().post("/api/v1/evaluations").then();
    }

    @Test
    void reportHoldsEveryCriterionInCatalogueOrderWithItsClause() {
        List<String> catalogue = given().get("/api/v1/rule-sets").then().statusCode(200)
                .extract().jsonPath().getList("find { it.id == 'critical-minerals' }.criteria.id");
        assertEquals(59, catalogue.size());

        List<String> reported = evaluate(Plans.mine(), "en")
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("planId", equalTo("EX-MINE-001"))
                .body("outcome", equalTo("PASS"))
                .body("ruleSet.id", equalTo("critical-minerals"))
                .body("ruleSet.revision", equalTo("2026-03-30"))
                .body("ruleSet.contentHash", matchesPattern("sha256:[0-9a-f]{64}"))
                .body("criteria", hasSize(59))
                .body("criteria.status", everyItem(notNullValue()))
                .body("criteria.clause.ref", everyItem(notNullValue()))
                .body("criteria.clause.text", everyItem(notNullValue()))
                .body("criteria.reason", everyItem(notNullValue()))
                .body("criteria.facts", everyItem(notNullValue()))
                .body("criteria.missing", everyItem(notNullValue()))
                .body("criteria.find { it.id == 'period.mine' }.status", equalTo("PASS"))
                .body("criteria.find { it.id == 'period.mine' }.clause.ref", equalTo("第3章第4節(2)"))
                .body("criteria.find { it.id == 'period.mine' }.clause.text", containsString("5 年以上とする"))
                .body("criteria.find { it.id == 'period.mine' }.facts.requiredEnd", equalTo("2033-03-31"))
                .body("reviewItems.criterion", hasItem("mine.special-case.necessity"))
                .extract().jsonPath().getList("criteria.id");
        assertEquals(catalogue, reported);
    }

    @Test
    void reasonsFollowAcceptLanguageAndDefaultToJapanese() {
        evaluate(Plans.mine(), "en").statusCode(200).body("language", equalTo("en"))
                .body("criteria.find { it.id == 'period.mine' }.reason", containsString("at least 5 years"));
        given().contentType(ContentType.JSON).body(Plans.json(Plans.mine())).post("/api/v1/evaluations")
                .then().statusCode(200).body("language", equalTo("ja"))
                .body("criteria.find { it.id == 'period.mine' }.reason", containsString("5年以上"));
    }

    @Test
    void aDraftWithGapsIsIncompleteAndNamesTheGaps() {
        ObjectNode draft = Plans.mine();
        Plans.remove(draft, "/economics");
        Plans.remove(draft, "/supplyToJapan");
        evaluate(draft, "en").statusCode(200)
                .body("outcome", equalTo("INCOMPLETE"))
                .body("criteria.find { it.id == 'mine.special-case.hurdle-rate' }.status", equalTo("MISSING"))
                .body("criteria.find { it.id == 'mine.special-case.hurdle-rate' }.missing",
                        contains("/economics/projectIrrPercent", "/economics/hurdleRatePercent"))
                .body("criteria.find { it.id == 'measures.crisis-supply' }.missing",
                        contains("/supplyToJapan/crisisFullSupplyBestEffort"));
    }

    @Test
    void anUnknownMineralIsNotABadRequestButFailsScope() {
        evaluate(Plans.set(Plans.mine(), "/mineral", "UNOBTAINIUM"), "en").statusCode(200)
                .body("outcome", equalTo("FAIL"))
                .body("criteria.find { it.id == 'scope.mineral' }.status", equalTo("FAIL"))
                .body("criteria.find { it.id == 'scope.mineral' }.facts.acceptedCodes", hasItem("LITHIUM"));
    }

    @Test
    void theRevisionOfTheDayItAppliesFromJudgesAnApplicationOfThatDay() {
        evaluate(Plans.set(Plans.mine(), "/applicationDate", "2026-03-30"), "en").statusCode(200)
                .body("ruleSet.revision", equalTo("2026-03-30"));
    }

    @Test
    void anApplicationMadeBeforeTheRevisionIsRefusedCitingTheSupplementaryProvision() {
        evaluate(Plans.set(Plans.mine(), "/applicationDate", "2026-03-29"), "en")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("no-rule-set-for-date"))
                .body("detail", containsString("2026-03-29"))
                .body("clause.ref", containsString("附則"))
                .body("clause.text", containsString("なお従前の例による"))
                .body("errors.pointer", contains("/applicationDate"));
    }

    /** Five years from the start of production end on the day before its fifth anniversary (Civil Code Arts. 140, 143). */
    @ParameterizedTest(name = "production from {0}, plan ends {1}: {2}")
    @CsvSource({
        "2028-04-01, 2033-03-30, FAIL",
        "2028-04-01, 2033-03-31, PASS",
        "2028-04-01, 2033-04-01, PASS",
        "2028-02-29, 2033-02-27, FAIL",
        "2028-02-29, 2033-02-28, PASS",
        "2028-02-29, 2033-03-01, PASS",
    })
    void minePeriodOfFiveYearsCountsAsTheCivilCodeDoes(String productionStart, String end, String status) {
        ObjectNode plan = Plans.mine();
        Plans.set(plan, "/period/productionStart", productionStart);
        Plans.set(plan, "/period/end", end);
        evaluate(plan, "en").statusCode(200)
                .body("criteria.find { it.id == 'period.mine' }.status", equalTo(status))
                .body("criteria.find { it.id == 'period.mine' }.facts.planEnd", equalTo(end))
                .body("criteria.find { it.id == 'period.mine' }.facts", hasKey("requiredEnd"));
    }

    @Test
    void ruleSetsAreListedWithTheirCatalogue() {
        given().get("/api/v1/rule-sets").then().statusCode(200)
                .body("[0].status", equalTo("LOADED"))
                .body("[0].id", equalTo("critical-minerals"))
                .body("[0].appliesFrom", equalTo("2026-03-30"))
                .body("[0].criteria[0].id", equalTo("scope.mineral"))
                .body("[0].criteria[0].ref", equalTo("第3章第1節（注）、脚注27・28"))
                .body("[0].criteria[0].summary", notNullValue());
    }

    @Test
    void openApiDocumentsThePlanSchemaAndHealthIsUp() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.Plan.properties", hasKey("applicationDate"))
                .body("components.schemas.Plan.properties", hasKey("techLeakPrevention"))
                .body("components.schemas.Period.properties", hasKey("productionStart"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
