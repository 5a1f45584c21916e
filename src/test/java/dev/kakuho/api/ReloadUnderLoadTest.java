package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakuho.rules.RulesCopy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Policy staff edit a copy of the rules while requests are served: first a broken edit, which is
 * refused (the old rules keep serving, the error is reported by file and line, health says
 * degraded), then a good one, which serves. No request fails on the way.
 */
@QuarkusTest
@TestProfile(ReloadUnderLoadTest.EditableRules.class)
class ReloadUnderLoadTest {

    static final Path RULES = Path.of("target", "test-rules", "reload-under-load");
    static final String PERIODS = RulesCopy.REVISION + "/s4-periods.drl";
    static final String PARAMETERS = RulesCopy.REVISION + "/parameters.yaml";

    public static class EditableRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RulesCopy.at(RULES);
            return Map.of("rules.dir", RULES.toString(), "rules.watch-interval", "200ms");
        }
    }

    @TestHTTPResource("/api/v1/evaluations")
    URI evaluations;

    /** One answer seen by the load: its HTTP status, the rules' content hash and period.mine's status. */
    record Seen(long at, int status, String contentHash, String periodMine) {
    }

    @Test
    void aBrokenEditIsRefusedWhileTheOldRulesServeAndAGoodEditServesAfterIt() throws Exception {
        RulesCopy rules = RulesCopy.existing(RULES);
        String originalHash = ruleSetView().getString("contentHash");
        String plan = Plans.json(Plans.mine());

        ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(evaluations)
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(plan)).build(), HttpResponse.BodyHandlers.ofString());
                        JsonNode body = Plans.JSON.readTree(response.body());
                        String period = null;
                        for (JsonNode c : body.path("criteria")) {
                            if ("period.mine".equals(c.path("id").asText())) {
                                period = c.path("status").asText();
                            }
                        }
                        seen.add(new Seen(System.nanoTime(), response.statusCode(), body.path("ruleSet").path("contentHash").asText(), period));
                    } catch (Exception e) {
                        errors.add(e.toString());
                    }
                }
            }, "load-" + i);
            thread.start();
            load.add(thread);
        }
        try {
            awaitRequests(seen, 20);

            // 1. A broken edit: a syntax error in the periods section.
            int brokenLine = rules.lineOf(PERIODS, "rule \"OperationPeriodTooShort\"");
            String periods = rules.read(PERIODS);
            rules.write(PERIODS, periods.replace("rule \"OperationPeriodTooShort\"", "rule \"OperationPeriodTooShort\"\n    when when"));
            Await.until("the watcher to refuse the broken edit", () -> "STALE".equals(ruleSetView().getString("status")));
            JsonPath stale = ruleSetView();
            assertEquals(originalHash, stale.getString("contentHash"), "the last good rules keep serving");
            List<Map<String, Object>> problems = stale.getList("errors");
            assertTrue(problems.stream().anyMatch(p -> PERIODS.equals(p.get("file"))
                    && ((Integer) p.get("line")) >= brokenLine && ((Integer) p.get("line")) <= brokenLine + 4
                    && !String.valueOf(p.get("message")).isBlank()), "the error names file and line: " + problems);
            given().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'rule-sets' }.data.state", equalTo("DEGRADED"));
            long afterBroken = System.nanoTime();
            awaitRequestsAfter(seen, afterBroken, 20);

            // 2. A good edit: the section restored, and seven years of production required. The watcher
            //    may pick it up before the explicit reload does; either serves it.
            long beforeGood = System.nanoTime();
            rules.write(PERIODS, periods);
            rules.replace(PARAMETERS, "「生産が開始された時点からの期間は、5 年以上」\n  value: 5",
                    "「生産が開始された時点からの期間は、5 年以上」\n  value: 7");
            given().header("Authorization", "Bearer test-admin-token").post("/api/v1/rule-sets/reload")
                    .then().statusCode(200).body("[0].status", equalTo("LOADED"));
            String newHash = ruleSetView().getString("contentHash");
            assertTrue(!newHash.equals(originalHash));
            long afterGood = System.nanoTime();
            awaitRequestsAfter(seen, afterGood, 20);
            given().get("/q/health/ready").then().body("checks.find { it.name == 'rule-sets' }.data.state", equalTo("OK"));

            running.set(false);
            for (Thread thread : load) {
                thread.join(10_000);
            }
            assertEquals(List.of(), List.copyOf(errors), "no request failed to complete");
            List<Seen> all = List.copyOf(seen);
            assertTrue(all.stream().allMatch(s -> s.status() == 200), "every request answered 200");
            assertTrue(all.stream().filter(s -> s.at() < beforeGood).map(Seen::contentHash).allMatch(originalHash::equals),
                    "only the old rules served until the good edit, through the broken one");
            assertTrue(all.stream().filter(s -> s.at() > afterBroken && s.at() < beforeGood).count() >= 20,
                    "requests were served while the broken edit was on disk");
            assertTrue(all.stream().filter(s -> s.at() > afterGood).allMatch(s -> newHash.equals(s.contentHash())
                    && "FAIL".equals(s.periodMine())), "the new rules (seven years) serve after the good edit");
        } finally {
            running.set(false);
        }
        given().get("/api/v1/rule-sets").then().body("status", hasItem("LOADED")).body("size()", greaterThan(0));
    }

    private static JsonPath ruleSetView() {
        return given().get("/api/v1/rule-sets").then().statusCode(200).extract().jsonPath().setRootPath("[0]");
    }


    private static void awaitRequests(ConcurrentLinkedQueue<Seen> seen, int count) throws InterruptedException {
        Await.until(count + " requests", () -> seen.size() >= count);
    }

    private static void awaitRequestsAfter(ConcurrentLinkedQueue<Seen> seen, long after, int count) throws InterruptedException {
        Await.until(count + " more requests", () -> seen.stream().filter(s -> s.at() > after).count() >= count);
    }
}
