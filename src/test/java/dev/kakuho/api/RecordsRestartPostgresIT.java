package dev.kakuho.api;

import dev.kakuho.records.PostgresUnderTest;
import java.util.List;

/** {@link RecordsRestartIT} with the records in PostgreSQL ({@code RECORDS_TEST_POSTGRES_URL}; the postgres profile). */
class RecordsRestartPostgresIT extends RecordsRestartIT {

    @Override
    List<String> databaseSettings() {
        return List.of("-Drecords.database.url=" + PostgresUnderTest.url());
    }
}
