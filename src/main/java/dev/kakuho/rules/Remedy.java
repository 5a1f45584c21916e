package dev.kakuho.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a FAIL or MISSING result asks of the plan, for a form to highlight: the field (JSON pointer)
 * and the requirement on it, e.g. {@code /period/end >= 2033-03-31}. Written by a rule's consequence
 * ({@code .remedy("/period/end", ">=", $requiredEnd)}); a MISSING result gets {@code required} for
 * each absent field by itself.
 *
 * @param value what the field is compared with: a date, a number, a boolean, or the allowed values
 *              of {@code one of}; null for {@code required}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "What a FAIL or MISSING result asks of the plan: the field and the requirement on it.")
public record Remedy(@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The field, as a JSON pointer.") String pointer,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "How the field must relate to value: >=, <=, >, <, ==, one of, required.") Operator operator,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "What the field is compared with (a date, number, boolean, or the allowed values); absent for required.") Object value) {

    /** How the field must relate to {@code value}. */
    public enum Operator {
        AT_LEAST(">="), AT_MOST("<="), MORE_THAN(">"), LESS_THAN("<"), EQUAL_TO("=="), ONE_OF("one of"), REQUIRED("required");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        @JsonValue
        public String symbol() {
            return symbol;
        }

        /** The operator written as a rule writes it; an unknown one is a fault in the rule. */
        public static Operator of(String symbol) {
            for (Operator operator : values()) {
                if (operator.symbol.equals(symbol)) {
                    return operator;
                }
            }
            throw new IllegalArgumentException("unknown remedy operator \"" + symbol + "\"; use one of >=, <=, >, <, ==, one of, required");
        }
    }

    public Remedy {
        Objects.requireNonNull(operator, "operator");
        if (pointer == null || !(pointer.isEmpty() || pointer.startsWith("/"))) {
            throw new IllegalArgumentException("a remedy names its field by JSON pointer (\"/period/end\"), not \"" + pointer + "\"");
        }
        if ((operator == Operator.REQUIRED) != (value == null)) {
            throw new IllegalArgumentException("remedy " + pointer + ": "
                    + (value == null ? "\"" + operator.symbol + "\" needs a value" : "\"required\" takes no value"));
        }
        if (operator == Operator.ONE_OF && !(value instanceof Collection<?>)) {
            throw new IllegalArgumentException("remedy " + pointer + ": \"one of\" needs a list of the allowed values");
        }
    }

    /** The field is required (the remedy of a MISSING result). */
    public static Remedy required(String pointer) {
        return new Remedy(pointer, Operator.REQUIRED, null);
    }

    /** The requirement in one line, e.g. {@code >= 2033-03-31}, {@code one of [LITHIUM, NICKEL]}, {@code required}. */
    @JsonProperty("requirement")
    @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The requirement in one line, e.g. >= 2033-03-31.")
    public String requirement() {
        return operator == Operator.REQUIRED ? operator.symbol : operator.symbol + " " + text(value);
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(Remedy::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())
                || value instanceof BigDecimal) {
            BigDecimal decimal = value instanceof BigDecimal exact ? exact : BigDecimal.valueOf(((Number) value).doubleValue());
            return decimal.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
