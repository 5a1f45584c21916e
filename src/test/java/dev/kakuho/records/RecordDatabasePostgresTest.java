package dev.kakuho.records;

/**
 * The records contract on PostgreSQL, at {@code RECORDS_TEST_POSTGRES_URL} ({@code bin/local-postgres
 * start} starts one; {@code .ci/run} does). Run only when that is set (the {@code postgres} Maven
 * profile); then a server it cannot reach fails the test.
 */
class RecordDatabasePostgresTest extends RecordDatabaseContract {

    @Override
    String url() {
        return PostgresUnderTest.url();
    }
}
