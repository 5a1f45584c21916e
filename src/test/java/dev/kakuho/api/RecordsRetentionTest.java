package dev.kakuho.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kakuho.records.RecordStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** records.keep as configured: what the retention job deletes, seen through the API. */
@QuarkusTest
@TestProfile(RecordsRetentionTest.KeepThirtyDays.class)
class RecordsRetentionTest {

    public static class KeepThirtyDays implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("records.keep", "P30D", "records.data-dir", "target/records-retention-test");
        }
    }

    @Inject
    RecordStore records;

    @Test
    void aRecordIsKeptUntilRecordsKeepHasPassedThenDeleted() {
        Instant evaluated = Instant.now();
        String id = RecordsApiTest.recordId(given().contentType("application/json").body(RecordsApiTest.plan())
                .post("/api/v1/evaluations"));
        records.purgeExpired(evaluated.plus(Duration.ofDays(29)));
        given().header("Authorization", RecordsApiTest.ADMIN).get("/api/v1/records/" + id).then().statusCode(200);

        assertTrue(records.purgeExpired(Instant.now().plus(Duration.ofDays(31))) >= 1);
        given().header("Authorization", RecordsApiTest.ADMIN).get("/api/v1/records/" + id).then().statusCode(404);
        assertEquals(404, given().get("/reports/" + id).then().extract().statusCode(), "and so is its report page");
    }
}
