package dev.kakuho.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical bytes of a JSON text, as RFC 8785 (JCS) writes them: object members sorted by their
 * names' UTF-16 code units, no whitespace, strings with only {@code "}, {@code \} and control
 * characters escaped ({@code \b \t \n \f \r}, others as lower-case {@code \}{@code u00xx}), everything else as
 * UTF-8, {@code true false null} as such. Numbers are read exactly (never through a double) and written
 * as ECMAScript writes a number: the shortest digits of the value without trailing zeros, plain for
 * exponents from -6 to 20, else as {@code 1.5e+21}; for every number a double holds this is JCS's form.
 * Two JSON texts with the same content, however spaced or ordered, have the same canonical bytes.
 */
public final class CanonicalJson {

    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CanonicalJson() {
    }

    public static byte[] of(String json) {
        try {
            return of(EXACT.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A tree read with exact numbers ({@link #read}); a tree holding doubles is written through their shortest decimal form. */
    public static byte[] of(JsonNode tree) {
        StringBuilder out = new StringBuilder();
        write(tree, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads JSON keeping every number exact. */
    public static JsonNode read(String json) {
        try {
            return EXACT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                names.sort(String::compareTo); // UTF-16 code units, as JCS asks
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(names.get(i), out);
                    out.append(':');
                    write(node.get(names.get(i)), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                Iterator<JsonNode> elements = node.elements();
                boolean first = true;
                while (elements.hasNext()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(elements.next(), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> out.append(number(node.isFloatingPointNumber() && !node.isBigDecimal()
                    ? new BigDecimal(Double.toString(node.doubleValue())) : node.decimalValue()));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not JSON data: " + node.getNodeType());
        }
    }

    private static void string(String value, StringBuilder out) {
        out.append('"');
        int plain = 0; // start of the run of characters copied as they are (most of a report's text)
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(value, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append(value, plain, value.length());
        out.append('"');
    }

    /** ECMAScript's Number::toString applied to an exact decimal value. */
    static String number(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String sign = stripped.signum() < 0 ? "-" : "";
        String digits = stripped.unscaledValue().abs().toString();
        int k = digits.length();
        int n = k - stripped.scale(); // value = 0.digits × 10^n
        StringBuilder out = new StringBuilder(sign);
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return out.toString();
    }
}
