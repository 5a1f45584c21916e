package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input answers 400 application/problem+json naming each offending field; never a 500 or a stack trace. */
@QuarkusTest
class BadInputTest {

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/evaluations").then()
                .body(not(containsString("Exception")))
                .body(not(containsString("dev.kakuho")))
                .body(not(containsString("\tat ")));
    }

    static Stream<Arguments> badPlans() {
        return Stream.of(
                bad("a wrong JSON type", p -> Plans.set(p, "/offtake/annualTonnes", "lots"), "/offtake/annualTonnes"),
                bad("a string for a boolean", p -> Plans.set(p, "/continuousInvestment", "yes"), "/continuousInvestment"),
                bad("an object for a number", p -> Plans.set(p, "/economics/projectIrrPercent", java.util.Map.of("v", 1)),
                        "/economics/projectIrrPercent"),
                bad("a malformed date", p -> Plans.set(p, "/applicationDate", "2026/06/15"), "/applicationDate"),
                bad("an impossible date", p -> Plans.set(p, "/period/end", "2034-02-30"), "/period/end"),
                bad("a 29 February of a common year", p -> Plans.set(p, "/period/start", "2027-02-29"), "/period/start"),
                bad("a negative tonnage", p -> Plans.set(p, "/supplyToJapan/annualTonnes", -1), "/supplyToJapan/annualTonnes"),
                bad("a negative yen amount", p -> Plans.set(p, "/implementation/funding/totalCostYen", -5),
                        "/implementation/funding/totalCostYen"),
                bad("a fractional yen amount", p -> Plans.set(p, "/implementation/funding/loansYen", 10.5),
                        "/implementation/funding/loansYen"),
                bad("a percentage over 100", p -> Plans.set(p, "/dependency/baselineSharePercent", 100.5),
                        "/dependency/baselineSharePercent"),
                bad("a negative percentage", p -> Plans.set(p, "/miningInterest/interestPercent", -0.1),
                        "/miningInterest/interestPercent"),
                bad("an unknown property", p -> Plans.set(p, "/surprise", true), "/surprise"),
                bad("an unknown nested property", p -> Plans.set(p, "/period/finish", "2030-01-01"), "/period/finish"),
                bad("an unknown property in an array element", p -> {
                    ((ObjectNode) p.at("/economics/projections/2")).put("profit", 1);
                    return p;
                }, "/economics/projections/2/profit"),
                bad("an unknown enum value", p -> Plans.set(p, "/activity", "SMELTING"), "/activity"),
                bad("an unknown nested enum value", p -> Plans.set(p, "/offtake/rightStatus", "MAYBE"), "/offtake/rightStatus"),
                bad("a corporate number with a wrong check digit", p -> Plans.set(p, "/applicant/corporateNumber", "8123456789012"),
                        "/applicant/corporateNumber"),
                bad("a corporate number of the wrong length", p -> Plans.set(p, "/applicant/corporateNumber", "712345678901"),
                        "/applicant/corporateNumber"),
                bad("a period that ends before it starts", p -> Plans.set(p, "/period/end", "2026-09-30"), "/period/end"),
                bad("a missing planId", p -> Plans.remove(p, "/planId"), "/planId"),
                bad("a planId with spaces", p -> Plans.set(p, "/planId", "my plan"), "/planId"),
                bad("a missing applicationDate", p -> Plans.remove(p, "/applicationDate"), "/applicationDate"),
                bad("a missing mineral", p -> Plans.remove(p, "/mineral"), "/mineral"),
                bad("a missing activity", p -> Plans.remove(p, "/activity"), "/activity"),
                bad("a null element in an array", p -> {
                    p.withArray("/economics/projections").addNull();
                    return p;
                }, "/economics/projections/7"));
    }

    private static Arguments bad(String what, UnaryOperator<ObjectNode> edit, String pointer) {
        return Arguments.of(Named.of(what, edit), pointer);
    }

    @ParameterizedTest(name = "{0} is named at {1}")
    @MethodSource("badPlans")
    void badPlanIsRefusedNamingTheField(UnaryOperator<ObjectNode> edit, String pointer) {
        post(Plans.json(edit.apply(Plans.mine())))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:supply-plan-evaluator:problem:invalid-plan"))
                .body("status", equalTo(400))
                .body("errors.pointer", hasItem(pointer));
    }

    @Test
    void everyOffendingFieldIsNamedAtOnce() {
        ObjectNode plan = Plans.mine();
        Plans.remove(plan, "/planId");
        Plans.set(plan, "/activity", "SMELTING");
        Plans.set(plan, "/supplyToJapan/annualTonnes", -3);
        Plans.set(plan, "/period/end", "2034-13-01");
        Plans.set(plan, "/extra", 1);
        post(Plans.json(plan)).statusCode(400)
                .body("errors.pointer", hasItems("/planId", "/activity", "/supplyToJapan/annualTonnes", "/period/end", "/extra"))
                .body("detail", containsString("5 invalid fields"));
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBroke() {
        post("{\"planId\": \"X\", \"period\": {\"start\": }").statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:supply-plan-evaluator:problem:malformed-json"))
                .body("errors[0].pointer", equalTo("/period/start"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void aBrokenKeyNamesTheObjectHoldingItNotTheFieldBefore() {
        // invalid UTF-8 in the key after "start": the fault is in /period, not in /period/start (found by FuzzTest)
        byte[] body = {'{', '"', 'p', 'e', 'r', 'i', 'o', 'd', '"', ':', '{', '"', 's', 't', 'a', 'r', 't', '"', ':', '1', ',',
                '"', (byte) 0xff, '"', ':', '2', '}', '}'};
        given().contentType(ContentType.JSON).body(body).post("/api/v1/evaluations").then().statusCode(400)
                .body("type", equalTo("urn:supply-plan-evaluator:problem:malformed-json"))
                .body("errors[0].pointer", equalTo("/period"));
    }

    @Test
    void anEmptyBodyOrANonObjectIsRefused() {
        post("").statusCode(400).body("type", containsString("malformed-json"));
        post("[1, 2]").statusCode(400).body("errors[0].pointer", equalTo(""));
        post("\"plan\"").statusCode(400);
    }

    @Test
    void duplicateKeysAreRefused() {
        post("{\"planId\": \"A\", \"planId\": \"B\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/planId"))
                .body("detail", containsString("duplicate key"));
    }

    @Test
    void trailingContentIsRefused() {
        post(Plans.json(Plans.mine()) + " {}").statusCode(400);
    }
}
