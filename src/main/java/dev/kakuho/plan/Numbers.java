package dev.kakuho.plan;

import java.math.BigDecimal;

/** Exact arithmetic on the plan's decimal figures, so facts read 4.5 and not 4.499999999. */
final class Numbers {

    private Numbers() {
    }

    static BigDecimal difference(Double minuend, Double subtrahend) {
        if (minuend == null || subtrahend == null) {
            return null;
        }
        return BigDecimal.valueOf(minuend).subtract(BigDecimal.valueOf(subtrahend)).stripTrailingZeros();
    }
}
