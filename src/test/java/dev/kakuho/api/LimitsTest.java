package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Limits with clear answers: every refusal is a problem with a stable type, never a stack trace or a class name. */
@QuarkusTest
class LimitsTest {

    @TestHTTPResource("/api/v1/evaluations")
    URI evaluations;

    private static ValidatableResponse post(byte[] body, String contentType) {
        return given().contentType(contentType).body(body).post("/api/v1/evaluations").then()
                .contentType("application/problem+json")
                .body(not(containsString("Exception")))
                .body(not(containsString("dev.kakuho")))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        byte[] big = ("{\"planId\": \"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        post(big, "application/json").statusCode(413)
                .body("type", equalTo("urn:supply-plan-evaluator:problem:body-too-large"))
                .body("detail", containsString("at most 262144"));
    }

    @Test
    void anUploadOverTheLimitOnThePageGetsThePageBackSayingSoInItsLanguage() {
        byte[] big = ("{\"planId\": \"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        given().multiPart("file", "plan.json", big, "application/json").header("Accept", "text/html")
                .header("Accept-Language", "en").post("/reports").then().statusCode(413)
                .contentType(containsString("text/html"))
                .body(containsString("The plan file is too large: at most 262144 bytes are accepted."))
                .body(containsString("<form"))
                .body(not(containsString("urn:supply-plan-evaluator:problem")));
        given().multiPart("file", "plan.json", big, "application/json").header("Accept", "text/html")
                .post("/reports?lang=ja").then().statusCode(413)
                .body(containsString("計画ファイルが大きすぎます。受け付けるのは262144バイトまでです。"));
    }

    @Test
    void aBodyOverTheHttpLayersOwnLimitIsAProblemToo() {
        // over quarkus.http.limits.max-body-size (1M), whose own 413 had an empty body (found by FuzzTest)
        byte[] huge = ("{\"planId\": \"" + "x".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        post(huge, "application/json").statusCode(413)
                .body("type", equalTo("urn:supply-plan-evaluator:problem:body-too-large"));
        given().contentType("application/json").body(huge).post("/q/health").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void aBodySentWithoutALengthIsCountedAsItIsRead() throws Exception {
        // chunked, so only reading can tell: under and over the HTTP layer's own limit, the same problem
        for (int size : new int[] {500_000, 2_000_000}) {
            byte[] body = ("{\"planId\": \"" + "x".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(evaluations).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode(), size + " bytes");
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(response.body().contains("urn:supply-plan-evaluator:problem:body-too-large"), response.body());
        }
        // and a plan sent the same way is read in full
        byte[] plan = Plans.json(Plans.mine()).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(evaluations).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(plan))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void aWrongContentTypeIs415() {
        post(Plans.json(Plans.mine()).getBytes(StandardCharsets.UTF_8), "text/plain").statusCode(415)
                .body("type", equalTo("urn:supply-plan-evaluator:problem:http-415"));
    }

    @Test
    void deepNestingIsRefusedNamingWhere() {
        String deep = "{\"planId\": \"X\", \"period\": " + "[".repeat(40) + "]".repeat(40) + "}";
        post(deep.getBytes(StandardCharsets.UTF_8), "application/json").statusCode(400)
                .body("detail", containsString("nested more than"))
                .body("errors[0].pointer", containsString("/period"));
    }

    @Test
    void aVeryLongArrayIsRefusedNamingTheField() {
        ObjectNode plan = Plans.mine();
        ArrayNode transfers = plan.withObject("/techLeakPrevention").putArray("plannedTransfers");
        for (int i = 0; i < 20_000; i++) {
            transfers.addObject();
        }
        post(Plans.json(plan).getBytes(StandardCharsets.UTF_8), "application/json").statusCode(400)
                .body("errors.pointer", hasItem("/techLeakPrevention/plannedTransfers"))
                .body("errors.find { it.pointer == '/techLeakPrevention/plannedTransfers' }.detail",
                        containsString("at most 500"));
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = {'{', '"', 'p', 'l', 'a', 'n', 'I', 'd', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        post(body, "application/json").statusCode(400)
                .body("type", equalTo("urn:supply-plan-evaluator:problem:malformed-json"))
                .body("detail", containsString("invalid UTF-8"));
    }

    @Test
    void aParseErrorDoesNotEchoWhatWasSent() {
        post("{\"planId\": SECRET-TOKEN-4711}".getBytes(StandardCharsets.UTF_8), "application/json").statusCode(400)
                .body(not(containsString("SECRET-TOKEN-4711")))
                .body("detail", containsString("line 1"));
    }

    @Test
    void unknownPathsAndMethodsAnswerProblems() {
        given().get("/api/v1/nothing").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/evaluations").then().statusCode(405).contentType("application/problem+json");
    }
}
