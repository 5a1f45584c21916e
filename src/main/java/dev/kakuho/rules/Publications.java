package dev.kakuho.rules;

import java.util.List;

/**
 * The log of publications. Kept in memory unless a store of records supplies a lasting one (a bean
 * implementing this interface takes the place of {@link InMemoryPublications}).
 */
public interface Publications {

    void record(Publication publication);

    /** Every publication, oldest first. */
    List<Publication> list();
}
