package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakuho.records.CanonicalJson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reviewers' judgements on a record: appended with their history, validated, behind the records credential, shown on the page. */
@QuarkusTest
@TestProfile(RecordsApiTest.WithKeys.class)
class JudgementsApiTest {

    @Test
    void judgementsAreAppendedAndTheLatestPerItemIsCurrent() {
        JsonNode answer = CanonicalJson.read(RecordsApiTest.evaluate(RecordsApiTest.plan(), RecordsApiTest.PORTAL_KEY, "")
                .then().statusCode(200).extract().asString());
        String id = answer.path("recordId").asText();
        List<String> items = new ArrayList<>();
        answer.path("reviewItems").forEach(item -> items.add(item.path("criterion").asText()));
        assertTrue(items.size() >= 2, "the mine example has review items: " + items);
        String item = items.get(0);

        judge(id, "{\"target\":\"" + item + "\",\"verdict\":\"needs-more-information\",\"note\":\"offtake letter?\",\"reviewer\":\"Sato\"}")
                .then().statusCode(201);
        judge(id, "{\"target\":\"" + item + "\",\"verdict\":\"agrees\",\"note\":\"letter received\",\"reviewer\":\"Sato\"}")
                .then().statusCode(201);
        judge(id, "{\"target\":\"conclusion\",\"verdict\":\"agrees\",\"reviewer\":\"Suzuki\"}").then().statusCode(201);

        JsonNode judgements = judgements(id);
        assertEquals(3, judgements.path("history").size(), "nothing overwritten");
        assertEquals("needs-more-information", judgements.path("history").get(0).path("verdict").asText());
        assertEquals("offtake letter?", judgements.path("history").get(0).path("note").asText());
        JsonNode current = judgements.path("current");
        assertEquals(2, current.size());
        assertEquals(item, current.get(0).path("target").asText());
        assertEquals("agrees", current.get(0).path("verdict").asText());
        assertEquals("conclusion", current.get(1).path("target").asText());
        List<String> open = new ArrayList<>();
        judgements.path("open").forEach(o -> open.add(o.asText()));
        assertFalse(open.contains(item));
        assertEquals(items.size() - 1, open.size());

        // the report page (its unguessable address) shows them, and how many items are still open
        String page = given().accept("text/html").header("X-API-Key", RecordsApiTest.PORTAL_KEY)
                .get("/reports/" + id + "?lang=en").then().statusCode(200).extract().asString();
        assertTrue(page.contains("letter received"), "the current judgement's note");
        assertTrue(page.contains("offtake letter?"), "the history");
        assertTrue(page.contains("Suzuki"), "the conclusion");
        if (answer.path("outcome").asText().equals("PASS")) {
            assertTrue(page.contains("data-open=\"" + (items.size() - 1) + "\""), "the PASS banner counts the open items");
        }
    }

    @Test
    void aJudgementFromTheReportPageIsAppendedAndTheReportShownAgain() {
        JsonNode answer = CanonicalJson.read(RecordsApiTest.evaluate(RecordsApiTest.plan(), RecordsApiTest.PORTAL_KEY, "")
                .then().statusCode(200).extract().asString());
        String id = answer.path("recordId").asText();
        String item = answer.path("reviewItems").get(0).path("criterion").asText();
        given().redirects().follow(false).header("X-API-Key", RecordsApiTest.PORTAL_KEY).contentType("application/x-www-form-urlencoded")
                .formParam("target", item).formParam("verdict", "does-not-agree").formParam("reviewer", "Tanaka")
                .formParam("note", "capacity unproven").formParam("lang", "en")
                .post("/reports/" + id + "/judgements").then().statusCode(303);
        JsonNode current = judgements(id).path("current");
        assertEquals("does-not-agree", current.get(0).path("verdict").asText());
        assertEquals("Tanaka", current.get(0).path("reviewer").asText());

        String refused = given().header("X-API-Key", RecordsApiTest.PORTAL_KEY).contentType("application/x-www-form-urlencoded")
                .formParam("target", item).formParam("verdict", "maybe").formParam("reviewer", "").formParam("lang", "en")
                .post("/reports/" + id + "/judgements").then().statusCode(400).contentType(containsHtml()).extract().asString();
        assertTrue(refused.contains("judgement-problem"), "the page again, saying why");
        assertEquals(1, judgements(id).path("history").size(), "nothing stored from a refused form");
    }

    @Test
    void theReportIdentifiesTheCaseInJsonAndOnThePage() throws Exception {
        String plan = RecordsApiTest.plan();
        JsonNode given = CanonicalJson.read(plan);
        JsonNode answer = CanonicalJson.read(RecordsApiTest.evaluate(plan, RecordsApiTest.PORTAL_KEY, "")
                .then().statusCode(200).extract().asString());
        JsonNode caseBlock = answer.path("case");
        assertEquals(given.path("applicant").path("name").asText(), caseBlock.path("applicantName").asText());
        assertEquals(given.path("applicant").path("corporateNumber").asText(), caseBlock.path("corporateNumber").asText());
        assertEquals(given.path("project").path("name").asText(), caseBlock.path("projectName").asText());
        assertEquals(given.path("applicationDate").asText(), caseBlock.path("applicationDate").asText());
        assertEquals(given.path("period").path("start").asText(), caseBlock.path("periodStart").asText());
        assertEquals(given.path("period").path("end").asText(), caseBlock.path("periodEnd").asText());
        assertTrue(caseBlock.path("applicationType").isTextual());
        assertEquals(RecordsApiTest.planId(plan), answer.path("planId").asText(), "planId kept as it was");

        String id = answer.path("recordId").asText();
        String page = given().accept("text/html").header("X-API-Key", RecordsApiTest.PORTAL_KEY)
                .get("/reports/" + id + "?lang=ja").then().statusCode(200).extract().asString();
        assertTrue(page.contains(given.path("applicant").path("corporateNumber").asText()), "法人番号 on the page");
        assertTrue(page.contains("id=\"receipt\""), "the receipt at the end");
        String receiptSection = page.substring(page.indexOf("id=\"receipt\""));
        assertTrue(receiptSection.contains(answer.path("receipt").path("planSha256").asText()));
        assertFalse(receiptSection.contains(id), "the printed receipt never shows the secret address");
    }

    @Test
    void thePrintedReportEndsWithTheReceiptAndItsFooterCarriesNoSecretAddress() throws Exception {
        JsonNode answer = CanonicalJson.read(RecordsApiTest.evaluate(RecordsApiTest.plan(), RecordsApiTest.PORTAL_KEY, "")
                .then().statusCode(200).extract().asString());
        String id = answer.path("recordId").asText();
        JsonNode receipt = answer.path("receipt");
        String page = given().accept("text/html").header("X-API-Key", RecordsApiTest.PORTAL_KEY).get("/reports/" + id + "?lang=en")
                .then().statusCode(200).extract().asString();

        // the receipt closes the report: nothing of the report comes after it
        int at = page.indexOf("<section class=\"receipt\" id=\"receipt\">");
        assertTrue(at > page.indexOf("id=\"not-applicable\"") && at > page.indexOf("class=\"criteria-title\""), "after the criteria");
        String end = page.substring(at);
        assertFalse(end.substring(end.indexOf("</section>")).contains("<section"), "the last section");
        assertTrue(end.contains(receipt.path("planSha256").asText()));
        assertTrue(end.contains(receipt.path("ruleSetContentHash").asText()));
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(receipt.path("signature").asText().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(end.contains("<code id=\"signature-fingerprint\">" + java.util.HexFormat.ofDelimiter(":").formatHex(digest, 0, 16)
                + "</code>"), "the signature's fingerprint");

        // a browser prints the page's address in the bottom-left margin and its title at the top: the page
        // fills those margin boxes itself (empty), and its title names the plan, never the secret address
        assertTrue(page.contains("@bottom-left { content: none; }") && page.contains("@top-left { content: none; }")
                && page.contains("@bottom-center { content: none; }"), "the browser's own header and footer replaced");
        String title = page.substring(page.indexOf("<title>"), page.indexOf("</title>"));
        assertFalse(title.contains(id), title);
        assertTrue(title.contains(answer.path("planId").asText()), title);
    }

    @Test
    void anInvalidJudgementIsA400NamingEachField() {
        String id = RecordsApiTest.recordId(RecordsApiTest.evaluate(RecordsApiTest.plan(), RecordsApiTest.PORTAL_KEY, ""));
        JsonNode problem = CanonicalJson.read(judge(id, "{\"target\":\"no-such-item\",\"verdict\":\"maybe\",\"reviewer\":\" \"}")
                .then().statusCode(400).contentType("application/problem+json").extract().asString());
        List<String> pointers = new ArrayList<>();
        problem.path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        assertEquals(List.of("/target", "/verdict", "/reviewer"), pointers);
        judge(id, "[1]").then().statusCode(400).contentType("application/problem+json");
        judge(id, "{\"target\":\"conclusion\",\"verdict\":\"agrees\",\"reviewer\":\"x\",\"note\":\"" + "n".repeat(4001) + "\"}")
                .then().statusCode(400);
        assertEquals(0, judgements(id).path("history").size(), "nothing stored from a refused judgement");
    }

    @Test
    void judgementsNeedTheRecordsCredential() {
        String id = RecordsApiTest.recordId(RecordsApiTest.evaluate(RecordsApiTest.plan(), RecordsApiTest.PORTAL_KEY, ""));
        given().contentType("application/json").body("{\"target\":\"conclusion\",\"verdict\":\"agrees\",\"reviewer\":\"x\"}")
                .post("/api/v1/records/" + id + "/judgements").then().statusCode(401);
        given().get("/api/v1/records/" + id + "/judgements").then().statusCode(401);
        given().header("X-API-Key", "wrong").get("/api/v1/records/" + id + "/judgements").then().statusCode(401);
        assertEquals(0, judgements(id).path("history").size());
    }

    private static String containsHtml() {
        return "text/html;charset=UTF-8";
    }

    private static io.restassured.response.Response judge(String id, String body) {
        return given().header("X-API-Key", RecordsApiTest.PORTAL_KEY).contentType("application/json").body(body)
                .post("/api/v1/records/" + id + "/judgements");
    }

    private static JsonNode judgements(String id) {
        return CanonicalJson.read(given().header("Authorization", RecordsApiTest.ADMIN).get("/api/v1/records/" + id + "/judgements")
                .then().statusCode(200).extract().asString());
    }
}
