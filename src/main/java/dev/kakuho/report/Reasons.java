package dev.kakuho.report;

import dev.kakuho.rules.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Fills a rule's reason template: {@code {name}} takes the decision's fact of that name, {@code {missing}} the absent fields. */
public final class Reasons {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private Reasons() {
    }

    public static String render(String template, Map<String, Object> facts, List<String> missing, Language language) {
        if (template == null) {
            return "";
        }
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value;
            if (facts.containsKey(name)) {
                value = format(facts.get(name), language);
            } else if ("missing".equals(name)) {
                value = format(missing, language);
            } else {
                value = placeholder.group(); // left visible: the rule tests report unfilled placeholders
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    /** Placeholders a rendered reason still holds: a reason template naming a fact its rule does not give. */
    public static List<String> unfilled(String rendered) {
        return PLACEHOLDER.matcher(rendered).results().map(m -> m.group()).toList();
    }

    static String format(Object value, Language language) {
        if (value == null) {
            return "—";
        }
        if (value instanceof LocalDate || value instanceof String || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof Integer) {
            return value.toString(); // years and counts
        }
        if (value instanceof Long) {
            return String.format("%,d", (Long) value); // yen and days
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? format(BigDecimal.valueOf(d), language) : d.toString();
        }
        if (value instanceof BigDecimal decimal) {
            // a whole number of any size (a plan may state an IRR of 1e20 %): grouped digits, never an overflow
            BigDecimal plain = decimal.stripTrailingZeros();
            return plain.scale() <= 0 ? String.format("%,d", plain.toBigIntegerExact()) : plain.toPlainString();
        }
        if (value instanceof Boolean b) {
            return language == Language.JA ? (b ? "はい" : "いいえ") : (b ? "yes" : "no");
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(v -> format(v, language)).collect(Collectors.joining(language == Language.JA ? "、" : ", "));
        }
        return value.toString();
    }
}
