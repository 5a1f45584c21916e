package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FAIL and MISSING results name the field to change and what it must be, for a form to highlight. */
@QuarkusTest
class RemediesTest {

    private static JsonNode evaluate(ObjectNode plan) throws Exception {
        return Plans.JSON.readTree(given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Plans.json(plan)).post("/api/v1/evaluations").then().statusCode(200).extract().asString());
    }

    private static JsonNode criterion(JsonNode report, String id) {
        for (JsonNode criterion : report.get("criteria")) {
            if (criterion.get("id").asText().equals(id)) {
                return criterion;
            }
        }
        throw new AssertionError("no criterion " + id);
    }

    @Test
    void everyMissingFieldIsARequiredRemedy() throws Exception {
        JsonNode report = evaluate(Plans.read("examples/mine-development/lithium-mine-draft-without-economics.plan.json"));
        int missingResults = 0;
        for (JsonNode criterion : report.get("criteria")) {
            if (!criterion.get("status").asText().equals("MISSING")) {
                continue;
            }
            missingResults++;
            List<String> expected = new ArrayList<>();
            criterion.get("missing").forEach(pointer -> expected.add(pointer.asText() + " required"));
            List<String> remedies = new ArrayList<>();
            criterion.path("remedies").forEach(remedy -> {
                assertEquals("required", remedy.get("operator").asText());
                assertEquals("required", remedy.get("requirement").asText());
                assertNull(remedy.get("value"));
                remedies.add(remedy.get("pointer").asText() + " required");
            });
            assertEquals(expected, remedies, criterion.get("id").asText());
            assertFalse(criterion.get("reason").asText().isBlank(), "the reason stays");
        }
        assertTrue(missingResults > 0, "the draft example lacks fields");
    }

    @Test
    void aFailNamesTheFieldAndTheRequirement() throws Exception {
        ObjectNode plan = Plans.mine();
        plan.with("offtake").put("annualTonnes", 0);
        plan.with("supplyStability").put("capacityPlan", false);
        JsonNode report = evaluate(plan);

        JsonNode offtake = criterion(report, "mine.offtake");
        assertEquals("FAIL", offtake.get("status").asText());
        JsonNode remedies = offtake.get("remedies");
        assertTrue(remedies.toString().contains(
                "{\"pointer\":\"/offtake/annualTonnes\",\"operator\":\">\",\"value\":0,\"requirement\":\"> 0\"}"), remedies.toString());
        // the supply to Japan (10,000 t) is now more than the right (0 t): within the right
        assertTrue(remedies.toString().contains(
                "{\"pointer\":\"/supplyToJapan/annualTonnes\",\"operator\":\"<=\",\"value\":0.0,\"requirement\":\"<= 0\"}"),
                remedies.toString());
        assertFalse(offtake.get("reason").asText().isBlank());

        JsonNode capacity = criterion(report, "stability.capacity-plan");
        assertEquals("[{\"pointer\":\"/supplyStability/capacityPlan\",\"operator\":\"==\",\"value\":true,\"requirement\":\"== true\"}]",
                capacity.get("remedies").toString());
    }

    @Test
    void aPeriodTooShortAsksForTheEndItNeeds() throws Exception {
        ObjectNode plan = Plans.mine();
        plan.with("period").put("end", "2030-03-31");
        JsonNode period = criterion(evaluate(plan), "period.mine");
        assertEquals("FAIL", period.get("status").asText());
        String requiredEnd = period.at("/facts/requiredEnd").asText();
        assertEquals("2033-03-31", requiredEnd);
        assertEquals("[{\"pointer\":\"/period/end\",\"operator\":\">=\",\"value\":\"" + requiredEnd
                + "\",\"requirement\":\">= " + requiredEnd + "\"}]", period.get("remedies").toString());
    }

    @Test
    void aMineralOutsideTheListAsksForOneOfTheCoveredOnes() throws Exception {
        JsonNode mineral = criterion(evaluate(Plans.mine().put("mineral", "COPPER")), "scope.mineral");
        assertEquals("FAIL", mineral.get("status").asText());
        JsonNode remedy = mineral.at("/remedies/0");
        assertEquals("/mineral", remedy.get("pointer").asText());
        assertEquals("one of", remedy.get("operator").asText());
        assertTrue(remedy.get("value").isArray());
        assertTrue(remedy.get("value").toString().contains("\"LITHIUM\""), remedy.toString());
        assertTrue(remedy.get("requirement").asText().startsWith("one of ["), remedy.toString());
    }

    @Test
    void aSupplierWithoutAnNdaIsPointedAtByItsPlace() throws Exception {
        JsonNode report = evaluate(Plans.read("examples/refining/graphite-refinery-supplier-without-nda.plan.json"));
        StringBuilder remedies = new StringBuilder();
        for (JsonNode criterion : report.get("criteria")) {
            if (criterion.get("status").asText().equals("FAIL")) {
                remedies.append(criterion.path("remedies"));
            }
        }
        assertTrue(remedies.toString().matches(".*\"pointer\":\"/techLeakPrevention/suppliers/\\d+/ndaSigned\",\"operator\":\"==\",\"value\":true.*"),
                remedies.toString());
    }

    @Test
    void passingResultsCarryNoRemedies() throws Exception {
        JsonNode report = evaluate(Plans.mine());
        for (JsonNode criterion : report.get("criteria")) {
            String status = criterion.get("status").asText();
            if (!status.equals("FAIL") && !status.equals("MISSING")) {
                assertNull(criterion.get("remedies"), criterion.get("id").asText());
            }
        }
    }
}
