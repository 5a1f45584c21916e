package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kakuho.records.RecordDatabase;
import dev.kakuho.records.StoredPublications;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas in manual mode, each a registry of its own (without Quarkus) with its own connection pool to
 * one records database and one shared rules directory: a publication an admin makes on one reaches the
 * other through the publication log in the database. Run against the embedded H2 and against PostgreSQL.
 */
abstract class PublicationsAcrossReplicasContract {

    static final Duration POLL = Duration.ofMillis(100);
    static final String PERIODS = RulesCopy.REVISION + "/s4-periods.drl";

    /** A JDBC URL (user and password in it where needed) of a database the test may write to. */
    abstract String url();

    private final List<RecordDatabase> databases = new CopyOnWriteArrayList<>();
    private final List<RuleSetRegistry> replicas = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        replicas.forEach(replica -> replica.stop(null));
        databases.forEach(RecordDatabase::close);
    }

    /** What a replica told its observers (the metrics). */
    static final class Fired implements Event<Object> {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @Override
        public void fire(Object event) {
            events.add(event);
        }

        @Override
        public <U> CompletionStage<U> fireAsync(U event) {
            events.add(event);
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return fireAsync(event);
        }

        @Override
        public Event<Object> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        long published() {
            return events.stream().filter(RulesLoadEvents.Published.class::isInstance).count();
        }
    }

    private RuleSetRegistry replica(Path rules, Fired events) {
        RecordDatabase database = RecordDatabase.open(url(), null, null, 2);
        databases.add(database);
        RuleSetRegistry registry = new RuleSetRegistry();
        registry.warmer = RuleSetWarmer.NONE;
        registry.gate = RuleSetGate.NONE; // the rule tests are the gate's own tests; here any good edit passes
        registry.events = events;
        registry.publications = new StoredPublications.DatabasePublications(database);
        registry.config = new RulesConfig() {
            @Override
            public Path dir() {
                return rules;
            }

            @Override
            public Duration watchInterval() {
                return Duration.ZERO; // the test reloads when it has edited, as the watcher would
            }

            @Override
            public PublishMode publishMode() {
                return PublishMode.MANUAL;
            }

            @Override
            public Duration publicationPollInterval() {
                return POLL;
            }

            @Override
            public Cache cache() {
                return new Cache() {
                    @Override
                    public boolean enabled() {
                        return false; // every replica compiles its rules itself
                    }

                    @Override
                    public Path dir() {
                        return rules.resolveSibling("rule-cache-unused");
                    }
                };
            }
        };
        registry.start();
        replicas.add(registry);
        return registry;
    }

    private static RuleSetRegistry.Entry entry(RuleSetRegistry replica) {
        return replica.entries().get(0);
    }

    private static String serving(RuleSetRegistry replica) {
        return entry(replica).ruleSet().contentHash();
    }

    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.get()) {
            assertTrue(System.nanoTime() < end, "gave up waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void aPublicationOnOneReplicaReachesTheOtherOnceItsCandidateHasTheSameHash() throws Exception {
        RulesCopy rules = RulesCopy.create();
        Fired eventsOfA = new Fired();
        Fired eventsOfB = new Fired();
        RuleSetRegistry a = replica(rules.root(), eventsOfA);
        RuleSetRegistry b = replica(rules.root(), eventsOfB);
        String published = serving(a);
        assertEquals(published, serving(b), "the same files, the same hash");
        long logged = new StoredPublications.DatabasePublications(databases.get(0)).position();

        rules.write(PERIODS, rules.read(PERIODS) + "\n// a reading noted by policy staff\n");
        a.reload(false, "watcher");
        String candidate = entry(a).candidate().contentHash();
        assertNotEquals(published, candidate);
        a.publish("critical-minerals", candidate, "admin (Sato)");
        assertEquals(candidate, serving(a));

        // B has not seen the edit yet: nothing of B's may serve what B has not checked itself
        Thread.sleep(POLL.toMillis() * 5);
        assertEquals(published, serving(b));
        assertNull(entry(b).candidate());

        long publishedOnB = eventsOfB.published();
        b.reload(false, "watcher"); // B's watcher sees the edit: its candidate has the published hash
        await("B to serve the publication made on A", () -> candidate.equals(serving(b)));
        assertNull(entry(b).candidate(), "the candidate now serves");
        assertEquals(publishedOnB + 1, eventsOfB.published(), "B counts the rule set it put into service");

        List<Publication> log = new StoredPublications.DatabasePublications(databases.get(0)).since(logged);
        assertEquals(1, log.size(), "one publication, logged once, by the replica where the admin made it: " + log);
        assertEquals("admin (Sato)", log.get(0).by());
        assertEquals(published, log.get(0).previousHash());
        assertEquals(candidate, log.get(0).contentHash());
    }

    @Test
    void aReplicasStartUpLoadPublishesNothingForTheOthers() throws Exception {
        RulesCopy rules = RulesCopy.create();
        RuleSetRegistry a = replica(rules.root(), new Fired());
        String published = serving(a);
        rules.write(PERIODS, rules.read(PERIODS) + "\n// not yet published\n");
        a.reload(false, "watcher");
        String candidate = entry(a).candidate().contentHash();

        // another replica starting now loads the edited files and logs its start-up load
        new StoredPublications.DatabasePublications(databases.get(0)).record(new Publication(RulesCopy.REVISION,
                "critical-minerals", null, candidate, "start-up", Instant.now()));
        Thread.sleep(POLL.toMillis() * 5);
        assertEquals(List.of(), a.followPublications(), "a start-up is not a publication to follow");
        assertEquals(published, serving(a), "the candidate still waits for an admin");
        assertEquals(candidate, entry(a).candidate().contentHash());

        // an admin's publication of that hash on the other replica is followed
        new StoredPublications.DatabasePublications(databases.get(0)).record(new Publication(RulesCopy.REVISION,
                "critical-minerals", published, candidate, "admin", Instant.now()));
        await("A to follow the admin's publication", () -> candidate.equals(serving(a)));
    }

    @Test
    void aPublicationLoggedBeforeAReplicaStartedIsNotFollowed() throws Exception {
        RulesCopy rules = RulesCopy.create();
        String original = rules.read(PERIODS);
        String edit = "\n// published once, then undone\n";
        RuleSetRegistry a = replica(rules.root(), new Fired());
        String published = serving(a);
        rules.write(PERIODS, original + edit);
        a.reload(false, "watcher");
        String candidate = entry(a).candidate().contentHash();
        a.publish("critical-minerals", candidate, "admin");
        a.stop(null);
        replicas.remove(a);

        rules.write(PERIODS, original); // the edit undone on disk; a replica starts on it
        RuleSetRegistry later = replica(rules.root(), new Fired());
        assertEquals(published, serving(later));
        rules.write(PERIODS, original + edit);
        later.reload(false, "watcher");
        assertEquals(candidate, entry(later).candidate().contentHash(), "the same edit again");
        Thread.sleep(POLL.toMillis() * 5);
        assertEquals(List.of(), later.followPublications());
        assertEquals(published, serving(later), "a publication made before this replica started decides nothing now");
    }
}
