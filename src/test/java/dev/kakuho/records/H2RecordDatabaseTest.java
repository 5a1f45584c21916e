package dev.kakuho.records;

import java.nio.file.Path;

/** The records contract on the embedded default: H2 in a file, as the service opens it. */
class H2RecordDatabaseTest extends RecordDatabaseContract {

    @Override
    String url() {
        return RecordStore.embeddedUrl(Path.of("target", "h2-record-database-test"));
    }
}
