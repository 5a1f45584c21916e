package dev.kakuho.api;

import dev.kakuho.records.PostgresUnderTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link RecordsApiTest} with the records in PostgreSQL ({@code RECORDS_TEST_POSTGRES_URL}); run by the
 * {@code postgres} Maven profile, which that variable switches on.
 */
@QuarkusTest
@TestProfile(RecordsApiPostgresTest.OnPostgres.class)
class RecordsApiPostgresTest extends RecordsApiTest {

    public static class OnPostgres extends RecordsApiTest.WithKeys {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("records.database.url", PostgresUnderTest.url());
            return overrides;
        }
    }
}
