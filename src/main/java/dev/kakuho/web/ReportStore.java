package dev.kakuho.web;

import dev.kakuho.evaluation.EvaluationService.Evaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * The recent evaluations a report page can link to, held in memory only: each under an unguessable
 * id (128 random bits), for a bounded time and up to a bounded number, the oldest dropped first.
 * Plans are confidential, so nothing is written to disk and a restart forgets them all.
 */
@ApplicationScoped
public class ReportStore {

    /** One stored evaluation; {@code recorded} when it is an evaluation record (kept in the database, not here). */
    public record Stored(String id, Evaluation evaluation, Instant storedAt, Instant expiresAt, boolean recorded) {

        public Stored(String id, Evaluation evaluation, Instant storedAt, Instant expiresAt) {
            this(id, evaluation, storedAt, expiresAt, false);
        }
    }

    private final Clock clock;
    private final Duration keep;
    private final int capacity;
    private final SecureRandom random = new SecureRandom();
    /** In the order stored, which is also the order of expiry. */
    private final LinkedHashMap<String, Stored> entries = new LinkedHashMap<>();

    @Inject
    public ReportStore(ReportsConfig config) {
        this(Clock.systemUTC(), config.keep(), config.capacity());
    }

    ReportStore(Clock clock, Duration keep, int capacity) {
        if (keep.isNegative() || keep.isZero() || capacity < 1) {
            throw new IllegalArgumentException("reports.keep must be positive and reports.capacity at least 1");
        }
        this.clock = clock;
        this.keep = keep;
        this.capacity = capacity;
    }

    public synchronized Stored put(Evaluation evaluation) {
        Instant now = clock.instant();
        dropExpired(now);
        while (entries.size() >= capacity) {
            Iterator<String> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        String id;
        do {
            id = newId();
        } while (entries.containsKey(id));
        Stored stored = new Stored(id, evaluation, now, now.plus(keep));
        entries.put(id, stored);
        return stored;
    }

    /** The evaluation stored under {@code id}, unless it has expired or been pushed out. */
    public synchronized Optional<Stored> get(String id) {
        dropExpired(clock.instant());
        return Optional.ofNullable(id == null ? null : entries.get(id));
    }

    public Duration keep() {
        return keep;
    }

    synchronized int size() {
        return entries.size();
    }

    private void dropExpired(Instant now) {
        Iterator<Stored> it = entries.values().iterator();
        while (it.hasNext() && !it.next().expiresAt().isAfter(now)) {
            it.remove();
        }
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
