package dev.kakuho.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void membersAreSortedAndWhitespaceDropped() {
        assertEquals("{\"a\":[1,{\"x\":null,\"y\":true}],\"b\":\"日本\"}",
                text("{ \"b\" : \"日本\",\n \"a\": [1, {\"y\": true, \"x\": null}] }"));
    }

    @Test
    void theSameContentSpacedAndOrderedDifferentlyHasTheSameBytes() {
        assertArrayEquals(CanonicalJson.of("{\"planId\":\"A\",\"share\":55.0,\"n\":[1,2]}"),
                CanonicalJson.of("{\"n\" : [ 1 , 2 ], \"share\": 55.00, \"planId\": \"A\"}"));
    }

    @Test
    void stringsEscapeOnlyQuotesBackslashesAndControlCharacters() {
        assertEquals("\"q\\\"b\\\\n\\nt\\tc\\u001f/é\u2028\"", text("\"q\\\"b\\\\n\\nt\\tc\\u001f\\/\\u00e9\\u2028\""));
    }

    @Test
    void escapesAtEitherEndOfAStringAndBetweenRunsOfPlainTextKeepEveryCharacter() {
        assertEquals("\"\\n要件を満たす\\\"\\\\\\\"計画\\u0000\"",
                text("\"\\n要件を満たす\\\"\\\\\\\"計画\\u0000\""));
        assertEquals("\"\"", text("\"\""));
    }

    @Test
    void numbersAreWrittenAsECMAScriptWritesThem() {
        assertEquals("55", CanonicalJson.number(new BigDecimal("55.0")));
        assertEquals("0", CanonicalJson.number(new BigDecimal("-0.0")));
        assertEquals("7.5", CanonicalJson.number(new BigDecimal("7.50")));
        assertEquals("10000", CanonicalJson.number(new BigDecimal("1E+4")));
        assertEquals("100000000000000000000", CanonicalJson.number(new BigDecimal("1e20")));
        assertEquals("1e+21", CanonicalJson.number(new BigDecimal("1e21")));
        assertEquals("1.5e+300", CanonicalJson.number(new BigDecimal("1.5e300")));
        assertEquals("0.000001", CanonicalJson.number(new BigDecimal("0.000001")));
        assertEquals("1e-7", CanonicalJson.number(new BigDecimal("0.0000001")));
        assertEquals("-123.456", CanonicalJson.number(new BigDecimal("-123.4560")));
        assertEquals("9223372036854775808", CanonicalJson.number(new BigDecimal("9223372036854775808")));
    }

    private static String text(String json) {
        return new String(CanonicalJson.of(json), StandardCharsets.UTF_8);
    }
}
