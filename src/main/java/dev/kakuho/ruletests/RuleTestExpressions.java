package dev.kakuho.ruletests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakuho.rules.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/**
 * The values of a rule test written relative to the parameters, so that a test of a threshold moves
 * with the threshold: a text starting with {@code =} is worked out when the case runs, e.g.
 * <pre>
 *   /period/end: "= /period/productionStart + periods.mine.minimumYears years - 1 day"
 *   capacityIncreasePercent: "= transfer.capacityIncreaseThresholdPercent + 0.01"
 *   minimumYears: "= periods.mine.minimumYears"
 * </pre>
 * Terms are separated by spaces and joined by {@code +} or {@code -}: a date ({@code 2028-04-01}), a
 * field of the case's plan by JSON pointer ({@code /period/start}, as edited so far), a parameter of
 * {@code parameters.yaml} (with the case's own {@code parameters}), or a number; a number or a
 * parameter added to a date takes a unit ({@code day(s)}, {@code month(s)}, {@code year(s)}).
 * Years and months are added as the calendar does (29 February plus one year is 28 February).
 */
public final class RuleTestExpressions {

    /** What starts a value to be worked out, as in a spreadsheet formula. */
    public static final String MARK = "=";

    private final Parameters parameters;
    private final JsonNode plan;

    public RuleTestExpressions(Parameters parameters, JsonNode plan) {
        this.parameters = parameters;
        this.plan = plan;
    }

    public static boolean isExpression(JsonNode value) {
        return value != null && value.isTextual() && value.asText().startsWith(MARK);
    }

    /** The value with every expression in it (at any depth) worked out; other values as they are. */
    public JsonNode resolve(JsonNode value) {
        if (isExpression(value)) {
            return evaluate(value.asText().substring(MARK.length()));
        }
        if (value instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), resolve(field.getValue()));
            }
            return copy;
        }
        if (value instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(item -> copy.add(resolve(item)));
            return copy;
        }
        return value;
    }

    /** Works out one expression (without its leading {@code =}). */
    public JsonNode evaluate(String expression) {
        String[] tokens = expression.trim().split("\\s+");
        if (tokens.length == 0 || tokens[0].isEmpty()) {
            throw problem(expression, "is empty");
        }
        int at = 0;
        Object value = operand(tokens[at++], expression);
        if (at < tokens.length && unit(tokens[at]) != null) {
            throw problem(expression, "starts with a length of time; start with a date, a field or a number");
        }
        while (at < tokens.length) {
            String operator = tokens[at++];
            if (!operator.equals("+") && !operator.equals("-")) {
                throw problem(expression, "has '" + operator + "' where + or - (with spaces around it) belongs");
            }
            if (at >= tokens.length) {
                throw problem(expression, "ends with '" + operator + "'");
            }
            Object term = operand(tokens[at++], expression);
            String unit = at < tokens.length ? unit(tokens[at]) : null;
            if (unit != null) {
                at++;
            }
            value = combine(value, operator.equals("-"), term, unit, expression);
        }
        if (value instanceof LocalDate date) {
            return JsonNodeFactory.instance.textNode(date.toString());
        }
        BigDecimal number = ((BigDecimal) value).stripTrailingZeros();
        return number.scale() <= 0
                ? JsonNodeFactory.instance.numberNode(number.toBigIntegerExact().longValueExact())
                : JsonNodeFactory.instance.numberNode(number);
    }

    private Object combine(Object value, boolean minus, Object term, String unit, String expression) {
        if (value instanceof LocalDate date) {
            if (!(term instanceof BigDecimal amount) || unit == null) {
                throw problem(expression, "adds to a date something other than a number of days, months or years");
            }
            long n;
            try {
                n = amount.longValueExact();
            } catch (ArithmeticException e) {
                throw problem(expression, "adds a fraction of a " + unit + " to a date");
            }
            n = minus ? -n : n;
            return switch (unit) {
                case "day" -> date.plusDays(n);
                case "month" -> date.plusMonths(n);
                default -> date.plusYears(n);
            };
        }
        if (!(term instanceof BigDecimal amount) || unit != null) {
            throw problem(expression, "mixes a number with a date or a length of time");
        }
        return minus ? ((BigDecimal) value).subtract(amount) : ((BigDecimal) value).add(amount);
    }

    private Object operand(String token, String expression) {
        if (token.startsWith("/")) {
            JsonNode field = plan.at(token);
            if (field.isMissingNode() || field.isNull()) {
                throw problem(expression, "reads " + token + ", which the case's plan does not have");
            }
            return field.isNumber() ? field.decimalValue() : date(field.asText(), token, expression);
        }
        if (token.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(token);
        }
        if (token.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return date(token, token, expression);
        }
        Parameters.Parameter parameter = parameters.parameter(token);
        if (parameter == null) {
            throw problem(expression, "names '" + token + "', neither a parameter of parameters.yaml, a field (/…), a date nor a number");
        }
        if (!(parameter.value() instanceof Number number)) {
            throw problem(expression, "names parameter '" + token + "', which is not a number");
        }
        return BigDecimal.valueOf(number.doubleValue());
    }

    private static LocalDate date(String text, String what, String expression) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(expression, "reads " + what + " = '" + text + "', which is neither a date nor a number");
        }
    }

    private static String unit(String token) {
        return switch (token) {
            case "day", "days" -> "day";
            case "month", "months" -> "month";
            case "year", "years" -> "year";
            default -> null;
        };
    }

    private static RuleTests.RuleTestFormatException problem(String expression, String what) {
        return new RuleTests.RuleTestFormatException("'" + MARK + " " + expression.trim() + "' " + what);
    }
}
