package dev.kakuho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kakuho.evaluation.EvaluationService.Evaluation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportStoreTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-06-15T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Evaluation evaluation() {
        return new Evaluation(Map.of(), List.of(), dev.kakuho.rules.Names.NONE);
    }

    @Test
    void aStoredEvaluationIsFoundByItsIdUntilItExpires() {
        HandClock clock = new HandClock();
        ReportStore store = new ReportStore(clock, Duration.ofMinutes(60), 10);
        Evaluation evaluation = evaluation();
        ReportStore.Stored stored = store.put(evaluation);
        assertEquals(clock.now.plus(Duration.ofMinutes(60)), stored.expiresAt());

        clock.now = clock.now.plus(Duration.ofMinutes(59));
        assertSame(evaluation, store.get(stored.id()).orElseThrow().evaluation());

        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertTrue(store.get(stored.id()).isEmpty(), "kept past its time");
        assertEquals(0, store.size());
    }

    @Test
    void theOldestIsDroppedWhenFull() {
        ReportStore store = new ReportStore(new HandClock(), Duration.ofHours(1), 3);
        String first = store.put(evaluation()).id();
        String second = store.put(evaluation()).id();
        store.put(evaluation());
        store.put(evaluation());
        assertEquals(3, store.size());
        assertTrue(store.get(first).isEmpty(), "the oldest should have made room");
        assertTrue(store.get(second).isPresent());
    }

    @Test
    void idsAreLongRandomAndUrlSafe() {
        ReportStore store = new ReportStore(new HandClock(), Duration.ofHours(1), 1000);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String id = store.put(evaluation()).id();
            assertTrue(id.matches("[A-Za-z0-9_-]{22}"), id + " is not 128 bits in base64url");
            ids.add(id);
        }
        assertEquals(500, ids.size());
        assertTrue(store.get("nope").isEmpty());
        assertTrue(store.get(null).isEmpty());
    }

    @Test
    void aStoreThatKeepsNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReportStore(new HandClock(), Duration.ZERO, 10));
        assertThrows(IllegalArgumentException.class, () -> new ReportStore(new HandClock(), Duration.ofHours(1), 0));
        assertNotEquals(null, new ReportStore(new HandClock(), Duration.ofSeconds(1), 1));
    }
}
