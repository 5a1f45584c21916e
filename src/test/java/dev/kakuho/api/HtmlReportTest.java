package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The HTML representation of an evaluation, the page at /, and the report addresses. */
@QuarkusTest
class HtmlReportTest {

    private static final String PERIOD_CLAUSE = "供給確保計画に基づく重要鉱物の生産が開始された時点からの期間は、5 年以上とする。";

    private static ExtractableResponse<Response> postHtml(ObjectNode plan, String acceptLanguage) {
        var request = given().contentType(ContentType.JSON).accept(ContentType.HTML).body(Plans.json(plan));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.when().post("/api/v1/evaluations").then().extract();
    }

    /** The path and query of the report address a response names (Location or Content-Location). */
    private static String pathOf(String address) {
        return address.substring(address.indexOf("/reports/"));
    }

    @Test
    void acceptTextHtmlGivesTheReportAsHtmlWithTheOutcomeAndTheClausesInJapaneseByDefault() {
        ExtractableResponse<Response> response = postHtml(Plans.mine(), null);
        String html = response.body().asString();
        assertTrue(response.statusCode() == 200, html);
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        assertTrue(response.contentType().toLowerCase().contains("charset=utf-8"), response.contentType());
        assertTrue(html.contains("<html lang=\"ja\">"), "Japanese by default");
        assertTrue(html.contains("data-outcome=\"PASS\""));
        assertTrue(html.contains("認定要件に適合"), "outcome label in Japanese");
        assertTrue(html.contains("data-criterion=\"period.mine\""));
        assertTrue(html.contains("第3章第4節(2)"));
        assertTrue(html.contains(PERIOD_CLAUSE), "the clause quoted");
        assertTrue(html.contains("5年以上"), "the reason in Japanese");
        assertFalse(html.contains("The plan runs at least 5 years from the start of production."),
                "the English summary belongs to the English report only");
        assertTrue(html.contains("<h3>第3章第4節 取組を行うべき期間又は期限</h3>"), "criteria grouped by the policy's sections");
        assertTrue(html.contains("type=\"checkbox\" name=\"reviewed\" value=\"goal.effectiveness\""), "review items as a checklist");
        assertTrue(html.contains("@page { size: A4;"), "print CSS for A4");
        assertTrue(response.header("Content-Location").matches(".*/reports/[A-Za-z0-9_-]{22}\\?lang=ja"),
                response.header("Content-Location"));
        assertTrue(response.header("Cache-Control").contains("no-store"));
        assertTrue(response.header("Referrer-Policy").contains("no-referrer"));
    }

    @Test
    void theJsonContractIsUnchangedWhetherJsonIsAskedForOrAnythingIs() {
        for (String accept : new String[] {"application/json", "*/*", null}) {
            var request = given().contentType(ContentType.JSON).body(Plans.json(Plans.mine()));
            if (accept != null) {
                request.header("Accept", accept);
            }
            request.when().post("/api/v1/evaluations").then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("planId", equalTo("EX-MINE-001"))
                    .body("outcome", equalTo("PASS"))
                    .body("language", equalTo("ja"))
                    .body("criteria.find { it.id == 'period.mine' }.clause.text", containsString("5 年以上とする"));
        }
        // a browser's Accept prefers HTML
        given().contentType(ContentType.JSON).header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .body(Plans.json(Plans.mine())).when().post("/api/v1/evaluations").then().statusCode(200)
                .contentType(startsWith("text/html"));
    }

    @Test
    void englishOnRequestKeepsTheClauseInJapaneseWithItsSummaryBeside() {
        String html = postHtml(Plans.mine(), "en-GB,en;q=0.9,ja;q=0.5").body().asString();
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("Meets the certification requirements"));
        assertTrue(html.contains(PERIOD_CLAUSE), "the clause stays in Japanese");
        assertTrue(html.contains("The plan runs at least 5 years from the start of production."), "its English summary beside it");
        assertTrue(html.contains("at least 5 years"), "the reason in English");
        assertTrue(html.contains("Periods and time limits"), "section titles in English");
        assertFalse(html.contains("認定要件に適合"));
    }

    @Test
    void theReportAddressSwitchesLanguageAndOutlivesTheRequest() {
        String report = pathOf(postHtml(Plans.mine(), "ja").header("Content-Location"));
        String id = report.substring("/reports/".length(), report.indexOf('?'));
        given().get("/reports/" + id + "?lang=en").then().statusCode(200).contentType(startsWith("text/html"))
                .body(allOf(containsString("Meets the certification requirements"), containsString("data-report-id=\"" + id + "\""),
                        containsString("href=\"/reports/" + id + "?lang=ja\"")));
        given().get("/reports/" + id + "?lang=ja").then().statusCode(200).body(containsString("認定要件に適合"));
        given().header("Accept-Language", "en").get("/reports/" + id).then().statusCode(200)
                .body(containsString("Meets the certification requirements"));
        given().header("Accept-Language", "en").get("/reports/" + id + "?lang=ja").then().statusCode(200)
                .body(containsString("認定要件に適合"));
    }

    @Test
    void anUnknownOrExpiredReportIsNotFound() {
        given().header("Accept-Language", "en").get("/reports/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString("Report not found"), containsString("its record has been deleted after its keeping time")));
    }

    @Test
    void failAndMissingComeFirstInTheSummary() {
        ObjectNode plan = Plans.set(Plans.mine(), "/mineral", "UNOBTAINIUM");
        Plans.remove(plan, "/economics");
        String html = postHtml(plan, "en").body().asString();
        assertTrue(html.contains("data-outcome=\"FAIL\""));
        String attention = html.substring(html.indexOf("id=\"attention\""), html.indexOf("id=\"review\""));
        int fail = attention.indexOf("data-criterion=\"scope.mineral\"");
        int missing = attention.indexOf("data-criterion=\"mine.special-case.hurdle-rate\"");
        assertTrue(fail > 0 && missing > fail, "FAIL before MISSING in the summary:\n" + attention);
        assertTrue(attention.contains("/economics/projectIrrPercent"), "the missing fields named");
        assertFalse(attention.contains("data-criterion=\"period.mine\""), "a passing criterion is not in the summary");
    }

    @Test
    void reviewItemsLeaningAgainstComeFirstWithTheCountsByLeaning() {
        ObjectNode plan = Plans.set(Plans.mine(), "/economics/investmentWithinApplicant", false);
        String html = postHtml(plan, "en").body().asString();
        String review = html.substring(html.indexOf("id=\"review\""));
        int against = review.indexOf("data-criterion=\"mine.special-case.in-house\" data-leaning=\"AGAINST\"");
        int neutral = review.indexOf("data-criterion=\"goal.effectiveness\" data-leaning=\"NEUTRAL\"");
        assertTrue(against > 0 && neutral > against, "the item leaning against before the neutral one, though later in the catalogue:\n" + review);
        assertTrue(review.contains("<td data-leaning=\"AGAINST\">1</td>"), "review items counted by leaning");
        assertTrue(review.contains("Leans against"), "the leaning labelled");
    }

    @Test
    void codesAreShownByTheirNamesFactsByTheirLabelsAndTheSubClauseCited() {
        ObjectNode plan = Plans.mine();
        Plans.set(plan, "/techLeakPrevention/plannedTransfers", List.of(java.util.Map.ofEntries(
                java.util.Map.entry("kind", "OVERSEAS_PRODUCTION"), java.util.Map.entry("counterparty", "Own subsidiary"),
                java.util.Map.entry("country", "TH"), java.util.Map.entry("plannedDate", "2028-04-01"),
                java.util.Map.entry("newSite", false), java.util.Map.entry("capacityIncreasePercent", 5),
                java.util.Map.entry("localConsumptionPercent", 50), java.util.Map.entry("forcedTransferRisk", false),
                java.util.Map.entry("counterpartyForeignGovernmentInfluence", true),
                java.util.Map.entry("metiRequestedConsultation", false), java.util.Map.entry("priorConsultation", false))));
        String ja = postHtml(plan, "ja").body().asString();
        assertTrue(ja.contains("<dt>鉱種</dt><dd>リチウム</dd>") && ja.contains("<dd>鉱山開発</dd>"), "mineral and activity by name");
        for (String code : List.of("<dd>LITHIUM</dd>", "<dd>MINE_DEVELOPMENT</dd>")) {
            int at = ja.indexOf(code);
            assertTrue(at < 0, "no codes shown as facts: " + (at < 0 ? "" : ja.substring(Math.max(0, at - 100), at + 300)));
        }
        assertTrue(ja.contains("<dt data-key=\"mineral\">鉱種</dt><dd>リチウム</dd>"), "a code among the facts by its name");
        assertTrue(ja.contains("<dt data-key=\"productionStart\">生産開始日</dt>"), "fact keys labelled in Japanese");
        String transfer = ja.substring(ja.indexOf("id=\"c-leak.technology-transfer\""));
        transfer = transfer.substring(0, transfer.indexOf("</article>"));
        assertTrue(transfer.contains("<span class=\"ref\">第3章第6節(3)(エ)(v)</span>"), "the sub-clause cited:\n" + transfer);
        assertTrue(transfer.contains("data-ref=\"第3章第6節(3)(エ)(v)\""), "and quoted:\n" + transfer);
        assertTrue(transfer.contains("Own subsidiary（タイ）"), "the country by name in the reason:\n" + transfer);
        String en = postHtml(plan, "en").body().asString();
        assertTrue(en.contains("<dt data-key=\"productionStart\">start of production</dt>") && en.contains("<dd>lithium</dd>"));
        given().contentType(ContentType.JSON).body(Plans.json(plan)).header("Accept-Language", "en").when()
                .post("/api/v1/evaluations").then().statusCode(200)
                .body("mineral", equalTo("LITHIUM")).body("mineralName", equalTo("lithium"))
                .body("activityName", equalTo("mine development"))
                .body("criteria.find { it.id == 'leak.technology-transfer' }.subClauses[0].ref", equalTo("第3章第6節(3)(エ)(v)"))
                .body("criteria.find { it.id == 'period.mine' }.facts.productionStart", equalTo("2028-04-01"));
    }

    @Test
    void aBadPlanAskedAsHtmlGetsItsErrorsBesideItsFields() {
        ObjectNode plan = Plans.set(Plans.mine(), "/supplyToJapan/annualTonnes", -1);
        String html = given().contentType(ContentType.JSON).accept(ContentType.HTML).header("Accept-Language", "en")
                .body(Plans.json(plan)).when().post("/api/v1/evaluations").then().statusCode(400)
                .contentType(startsWith("text/html")).extract().asString();
        assertTrue(html.matches("(?s).*<div class=\"line marked\" id=\"line-\\d+\" data-pointer=\"/supplyToJapan/annualTonnes\">"
                + "<span class=\"no\">\\d+</span><code>\\s*&quot;annualTonnes&quot;: -1,</code><span class=\"errs\">"
                + "<span class=\"err\"[^>]*>must be greater than or equal to 0</span>.*"), html);
        // the same plan asked as JSON still gets the problem document
        given().contentType(ContentType.JSON).body(Plans.json(plan)).when().post("/api/v1/evaluations").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("/supplyToJapan/annualTonnes"));
    }

    @Test
    void thePageOffersEveryBundledExampleInTheAskedLanguage() throws Exception {
        List<String> ids;
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            ids = files.map(f -> Path.of("examples").relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".plan.json")).map(f -> f.substring(0, f.length() - ".plan.json".length())).toList();
        }
        assertFalse(ids.isEmpty());
        String ja = given().get("/").then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertTrue(ja.contains("<html lang=\"ja\">") && ja.contains("供給確保計画の評価"));
        for (String id : ids) {
            assertTrue(ja.contains("<option value=\"" + id + "\""), "example " + id + " not offered");
        }
        given().get("/?lang=en").then().statusCode(200).body(containsString("Evaluate a supply-assurance plan"))
                .body(containsString("<input type=\"hidden\" name=\"lang\" value=\"en\">"));
        given().header("Accept-Language", "en-US,en").get("/").then().statusCode(200)
                .body(containsString("Evaluate a supply-assurance plan"));
        given().get("/?lang=en&example=mine-development/lithium-mine").then().statusCode(200)
                .body(containsString("&quot;planId&quot;: &quot;EX-MINE-001&quot;"))
                .body(containsString("<option value=\"mine-development/lithium-mine\" selected>"));
        given().get("/?example=../pom").then().statusCode(404);
    }

    @Test
    void anExamplePickedOnThePageIsEvaluatedAndRedirectsToItsReport() {
        String location = given().redirects().follow(false).multiPart("example", "mine-development/lithium-mine")
                .multiPart("lang", "en").when().post("/reports").then().statusCode(303)
                .header("Location", matchesPattern(".*/reports/[A-Za-z0-9_-]{22}\\?lang=en")).extract().header("Location");
        given().get(pathOf(location)).then().statusCode(200)
                .body(allOf(containsString("EX-MINE-001"), containsString("Meets the certification requirements")));
        given().redirects().follow(false).multiPart("example", "../../etc/passwd").when().post("/reports").then()
                .statusCode(404).body(containsString("../../etc/passwd"));
    }

    @Test
    void aPlanPastedOrUploadedOnThePageIsEvaluated() {
        String pasted = given().redirects().follow(false).multiPart("plan", Plans.json(Plans.mine()))
                .multiPart("lang", "ja").when().post("/reports").then().statusCode(303).extract().header("Location");
        given().get(pathOf(pasted)).then().statusCode(200).body(containsString("認定要件に適合"));

        byte[] file = Plans.json(Plans.set(Plans.mine(), "/mineral", "UNOBTAINIUM")).getBytes(StandardCharsets.UTF_8);
        String uploaded = given().redirects().follow(false).multiPart("plan", "")
                .multiPart("file", "plan.json", file, "application/json").multiPart("lang", "en")
                .when().post("/reports").then().statusCode(303).extract().header("Location");
        given().get(pathOf(uploaded)).then().statusCode(200).body(containsString("data-outcome=\"FAIL\""));
    }

    @Test
    void aBrokenPlanOnThePageComesBackWithEachErrorOnItsLine() {
        ObjectNode plan = Plans.mine();
        Plans.remove(plan, "/planId");
        Plans.set(plan, "/period/end", "2034-13-01");
        String html = given().multiPart("plan", Plans.json(plan)).multiPart("lang", "en").when().post("/reports").then()
                .statusCode(400).contentType(startsWith("text/html")).extract().asString();
        assertTrue(html.contains("The plan has 2 problems"), html);
        assertTrue(html.matches("(?s).*data-pointer=\"/period/end\"><span class=\"no\">\\d+</span><code>\\s*&quot;end&quot;: "
                + "&quot;2034-13-01&quot;,</code><span class=\"errs\"><span class=\"err\"[^>]*>is not a date that exists.*"));
        assertTrue(html.matches("(?s).*id=\"line-1\" data-pointer=\"\"><span class=\"no\">1</span><code>\\{</code>"
                + "<span class=\"errs\"><span class=\"err\"[^>]*><code>/planId</code> is required.*"), "absent field on its parent's line");
        assertTrue(html.contains("<textarea id=\"plan\" name=\"plan\" spellcheck=\"false\" autocomplete=\"off\">{"),
                "the plan is given back for fixing");

        given().multiPart("plan", "{\"planId\": \"X\",\n\"period\": {\"start\": }").multiPart("lang", "ja").when()
                .post("/reports").then().statusCode(400)
                .body(containsString("JSON として正しく読めない"))
                .body(matchesPattern("(?s).*<div class=\"line marked\" id=\"line-2\">.*\\(line 2, column \\d+\\).*"));
        given().multiPart("plan", "").when().post("/reports").then().statusCode(400)
                .body(containsString("計画に1件の問題があります"));
    }

    @Test
    void anApplicationNoRevisionJudgesCitesTheSupplementaryProvisionOnThePage() {
        given().multiPart("plan", Plans.json(Plans.set(Plans.mine(), "/applicationDate", "2026-03-29"))).multiPart("lang", "en")
                .when().post("/reports").then().statusCode(422)
                .body(containsString("No loaded revision of the rules judges this application"))
                .body(containsString("附則"))
                .body(matchesPattern("(?s).*data-pointer=\"/applicationDate\">.*no loaded revision applies on 2026-03-29.*"));
    }

    @Test
    void htmlAnswersAreNotCachedAndAllowNoForeignScript() {
        given().get("/").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .header("Content-Security-Policy", allOf(containsString("script-src 'self'"), containsString("frame-ancestors 'none'")))
                .header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/rule-sets").then().statusCode(200).header("Content-Security-Policy", nullValue());
        given().get("/print.js").then().statusCode(200).body(containsString("window.print()"));
        given().get("/").then().body(not(containsString("<script>")));
    }
}
