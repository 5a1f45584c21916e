package dev.kakuho.rules;

import dev.kakuho.records.RecordStore;
import java.nio.file.Path;

/** {@link PublicationsAcrossReplicasContract} on the embedded default, H2 in a file (two pools in one JVM). */
class PublicationsAcrossReplicasH2Test extends PublicationsAcrossReplicasContract {

    @Override
    String url() {
        return RecordStore.embeddedUrl(Path.of("target", "publications-across-replicas"));
    }
}
