package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reasons render any figure a valid plan can hold; the fuzz test found whole numbers past 64 bits overflowing. */
class ReasonsTest {

    private static String render(Object value) {
        return Reasons.parse("{x}").render(Map.of("x", value), List.of(), Language.EN);
    }

    @Test
    void wholeNumbersOfAnySizeAreGroupedNotOverflowed() {
        assertEquals("100,000,000,000,000,000,000", render(1e20));
        assertEquals("9,223,372,036,854,775,808", render(new BigDecimal("9223372036854775808")));
        assertEquals("-1,000,000,000,000,000,000,000,000,000,000", render(new BigDecimal("-1e30")));
        assertEquals("12,000", render(12000.0));
        assertEquals("7.5", render(7.5));
    }

    @Test
    void aFigureThatIsNotFiniteIsWrittenAsSuch() {
        assertEquals("Infinity", render(Double.POSITIVE_INFINITY));
        assertEquals("NaN", render(Double.NaN));
    }
}
