package dev.kakuho.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Periods counted in years as the Civil Code counts them, for a plan whose dates are whole days.
 * Rules import these as DRL functions.
 */
public final class Periods {

    private Periods() {
    }

    /**
     * The last day of a period of {@code years} years whose first day is {@code start} (the first
     * day counts: the period starts at the beginning of that day, Civil Code Art. 140 proviso).
     * The period ends on the day before the anniversary (Art. 143(2)); where the final year has no
     * such day (a start on 29 February), it ends on the last day of that month (Art. 143(2) proviso).
     * So 5 years from 2028-04-01 end on 2033-03-31, and 5 years from 2028-02-29 end on 2033-02-28.
     */
    public static LocalDate lastDayOfYears(LocalDate start, int years) {
        LocalDate anniversary = start.plusYears(years);
        if (anniversary.getDayOfMonth() != start.getDayOfMonth()) {
            return anniversary; // plusYears clamped 29 Feb to the month's last day
        }
        return anniversary.minusDays(1);
    }

    /**
     * The first day of the {@code years} years before {@code date}, for look-backs such as
     * 過去五年間: the same date {@code years} earlier (28 February for a 29 February date).
     */
    public static LocalDate firstDayOfYearsBefore(LocalDate date, int years) {
        return date.minusYears(years);
    }

    /** The calendar years a period touches, first to last: the years an annual outlook must cover. */
    public static List<Integer> calendarYears(LocalDate from, LocalDate to) {
        List<Integer> years = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            years.add(year);
        }
        return years;
    }

    /** Values in ascending order, for facts that list years or conditions collected in firing order. */
    public static <T extends Comparable<? super T>> List<T> sorted(Collection<T> values) {
        return values.stream().sorted().toList();
    }

    /** Days from {@code from} to {@code to}: how far a date misses a limit. */
    public static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
