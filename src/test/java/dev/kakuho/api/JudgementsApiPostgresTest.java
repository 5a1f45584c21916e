package dev.kakuho.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@link JudgementsApiTest} with the records and their judgements in PostgreSQL ({@code RECORDS_TEST_POSTGRES_URL});
 * run by the {@code postgres} Maven profile, which that variable switches on.
 */
@QuarkusTest
@TestProfile(RecordsApiPostgresTest.OnPostgres.class)
class JudgementsApiPostgresTest extends JudgementsApiTest {
}
