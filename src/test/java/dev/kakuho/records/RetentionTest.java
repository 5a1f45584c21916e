package dev.kakuho.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionTest {

    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void yearsMonthsDaysAndTimesAreCountedOnTheUtcCalendar() {
        assertEquals(Instant.parse("2016-11-29T12:00:00Z"), Retention.parse("P10Y").cutoff(NOW));
        assertEquals(Instant.parse("2025-05-29T00:00:00Z"), Retention.parse("P1Y6MT12H").cutoff(NOW));
        assertEquals(Instant.parse("2026-11-29T11:30:00Z"), Retention.parse("PT30M").cutoff(NOW));
        assertEquals(Instant.parse("2036-11-29T12:00:00Z"), Retention.parse("p10y").expiry(NOW));
    }

    @Test
    void zeroNegativeOrUnreadableKeepingTimesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Retention.parse("P0D"));
        assertThrows(IllegalArgumentException.class, () -> Retention.parse("P-1Y"));
        assertThrows(IllegalArgumentException.class, () -> Retention.parse("ten years"));
        assertThrows(IllegalArgumentException.class, () -> Retention.parse(""));
    }
}
