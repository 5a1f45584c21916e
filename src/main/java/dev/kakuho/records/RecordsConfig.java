package dev.kakuho.records;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Evaluation records and their receipts ({@code records.*}); the defaults live here only. */
@ConfigMapping(prefix = "records")
public interface RecordsConfig {

    /** Store every evaluation (a request may still ask for a dry run). Off: nothing is stored, reports live in memory. */
    @WithDefault("true")
    boolean enabled();

    /** How long a record is kept, as an ISO-8601 period and/or duration (P10Y, P90D, PT12H, P1Y6M). */
    @WithDefault("P10Y")
    String keep();

    /** How often records past {@link #keep()} are deleted. */
    @WithDefault("PT1H")
    Duration purgeInterval();

    /** Where the embedded database and a generated signing key are kept. */
    @WithDefault("data")
    Path dataDir();

    Database database();

    Receipts receipts();

    interface Database {

        /**
         * The JDBC URL: {@code jdbc:postgresql://host:5432/db} for PostgreSQL. Unset: the embedded
         * H2 database in {@code <data-dir>/records}.
         */
        Optional<String> url();

        Optional<String> user();

        Optional<String> password();

        /** Connections held open at most. */
        @WithDefault("8")
        int poolSize();
    }

    interface Receipts {

        /** The Ed25519 signing key, a PKCS#8 PEM file. Unset: generated at first start in {@code <data-dir>/receipt-signing-key.pem}. */
        Optional<Path> signingKey();
    }
}
