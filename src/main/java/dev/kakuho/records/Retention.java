package dev.kakuho.records;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * How long records are kept: an ISO-8601 period and/or duration such as {@code P10Y}, {@code P90D},
 * {@code PT12H} or {@code P1Y2M3DT4H} (years and months, which {@link Duration} cannot hold, counted
 * on the UTC calendar).
 */
public record Retention(Period period, Duration duration) {

    public static Retention parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            int t = value.indexOf('T');
            String datePart = t < 0 ? value : value.substring(0, t);
            Period period = datePart.equals("P") ? Period.ZERO : Period.parse(datePart);
            Duration duration = t < 0 ? Duration.ZERO : Duration.parse("PT" + value.substring(t + 1));
            if (period.isNegative() || duration.isNegative() || (period.isZero() && duration.isZero())) {
                throw new IllegalArgumentException("records.keep must be longer than zero: " + text);
            }
            return new Retention(period, duration);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("records.keep is not an ISO-8601 period or duration (e.g. P10Y, P90D, PT12H): " + text, e);
        }
    }

    /** Records made before this instant are past their keeping time at {@code now}. */
    public Instant cutoff(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant().minus(duration);
    }

    /** When a record made at {@code created} expires. */
    public Instant expiry(Instant created) {
        return created.atOffset(ZoneOffset.UTC).plus(period).toInstant().plus(duration);
    }
}
