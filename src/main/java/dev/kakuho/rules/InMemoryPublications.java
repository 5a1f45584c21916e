package dev.kakuho.rules;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Publications kept in memory: lost on restart, logged as they happen. */
@ApplicationScoped
@DefaultBean
public class InMemoryPublications implements Publications {

    private static final Logger LOG = Logger.getLogger(InMemoryPublications.class);

    private final List<Publication> log = new ArrayList<>();

    @Override
    public synchronized void record(Publication publication) {
        log.add(publication);
        LOG.infof("Published rule set %s: %s by %s", publication.folder(), publication.previousHash() == null
                ? publication.contentHash() + " (nothing served before in this process)"
                : publication.previousHash() + " → " + publication.contentHash(), publication.by());
    }

    @Override
    public synchronized List<Publication> list() {
        return List.copyOf(log);
    }
}
