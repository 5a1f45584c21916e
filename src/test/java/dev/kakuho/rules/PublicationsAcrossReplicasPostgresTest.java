package dev.kakuho.rules;

import dev.kakuho.records.PostgresUnderTest;

/**
 * {@link PublicationsAcrossReplicasContract} on PostgreSQL at {@code RECORDS_TEST_POSTGRES_URL}; run by the
 * {@code postgres} Maven profile, which that variable switches on.
 */
class PublicationsAcrossReplicasPostgresTest extends PublicationsAcrossReplicasContract {

    @Override
    String url() {
        return PostgresUnderTest.url();
    }
}
