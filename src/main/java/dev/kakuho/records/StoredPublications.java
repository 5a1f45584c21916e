package dev.kakuho.records;

import dev.kakuho.rules.InMemoryPublications;
import dev.kakuho.rules.Publication;
import dev.kakuho.rules.Publications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The publication log in the records database (table {@code rule_set_publication}) whenever records are
 * on: it survives restarts, and replicas sharing the database follow each other's publications through
 * it. With {@code records.enabled=false}, the log is kept in memory as before.
 */
@ApplicationScoped
public class StoredPublications implements Publications {

    private static final Logger LOG = Logger.getLogger(StoredPublications.class);

    private final RecordStore store;
    private final InMemoryPublications inMemory = new InMemoryPublications();

    @Inject
    public StoredPublications(RecordStore store) {
        this.store = store;
    }

    @Override
    public void record(Publication publication) {
        if (!store.enabled()) {
            inMemory.record(publication);
            return;
        }
        new DatabasePublications(store.database()).record(publication);
    }

    @Override
    public List<Publication> list() {
        return store.enabled() ? new DatabasePublications(store.database()).list() : inMemory.list();
    }

    @Override
    public boolean shared() {
        return store.enabled();
    }

    @Override
    public long position() {
        return store.enabled() ? store.database().lastPublication() : 0;
    }

    @Override
    public List<Publication> since(long position) {
        return store.enabled() ? store.database().publicationsAfter(position) : List.of();
    }

    /** The log in one database, without the service around it (what the replicas' tests use). */
    public record DatabasePublications(RecordDatabase database) implements Publications {

        @Override
        public void record(Publication publication) {
            database.insertPublication(publication);
            LOG.infof("Published rule set %s: %s by %s", publication.folder(), publication.previousHash() == null
                    ? publication.contentHash() + " (nothing served before in this process)"
                    : publication.previousHash() + " → " + publication.contentHash(), publication.by());
        }

        @Override
        public List<Publication> list() {
            return database.publicationsAfter(0);
        }

        @Override
        public boolean shared() {
            return true;
        }

        @Override
        public long position() {
            return database.lastPublication();
        }

        @Override
        public List<Publication> since(long position) {
            return database.publicationsAfter(position);
        }
    }
}
