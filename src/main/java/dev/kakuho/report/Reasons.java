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

    /** A fact's value as reasons write it: thousands separated, yes/no in the language, lists joined. */
    public static String format(Object value, Language language) {
        if (value == null) {
            return "—";
        }
        if (value instanceof LocalDate || value instanceof String || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof Long || value instanceof Integer) {
            return String.format("%,d", ((Number) value).longValue());
        }
        if (value instanceof Double d) {
            return format(BigDecimal.valueOf(d), language);
        }
        if (value instanceof BigDecimal decimal) {
            BigDecimal plain = decimal.stripTrailingZeros();
            return plain.scale() <= 0 ? String.format("%,d", plain.longValueExact()) : plain.toPlainString();
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
