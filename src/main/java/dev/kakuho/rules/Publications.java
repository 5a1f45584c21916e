package dev.kakuho.rules;

import java.util.List;

/**
 * The log of publications. Kept in memory unless a store of records supplies a lasting one (a bean
 * implementing this interface takes the place of {@link InMemoryPublications}). A lasting log that
 * several replicas write ({@link #shared()}) is also how a publication made on one replica reaches
 * the others: each follows what the others log after it started ({@link #since(long)}).
 */
public interface Publications {

    void record(Publication publication);

    /** Every publication, oldest first. */
    List<Publication> list();

    /** True when other replicas may write this log too (it lives in the records database), so each follows the others' publications. */
    default boolean shared() {
        return false;
    }

    /** Where the log ends now: what {@link #since(long)} reads after. */
    default long position() {
        return 0;
    }

    /** The publications logged after {@code position} (by any replica), oldest first. */
    default List<Publication> since(long position) {
        return List.of();
    }
}
