package dev.kakuho.records;

import static org.junit.jupiter.api.Assertions.fail;

/** The PostgreSQL server the PostgreSQL tests use: RECORDS_TEST_POSTGRES_URL, a JDBC URL with user and password. */
public final class PostgresUnderTest {

    private PostgresUnderTest() {
    }

    public static String url() {
        String url = System.getenv("RECORDS_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            fail("RECORDS_TEST_POSTGRES_URL is not set: start a server with bin/local-postgres start and export what "
                    + "bin/local-postgres env prints");
        }
        return url;
    }
}
