package dev.kakuho.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's reason template, parsed once when the rule set loads: {@code {name}} takes the decision's
 * fact of that name, {@code {missing}} the absent fields.
 */
public final class Reasons {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    /** Literal text and placeholder names, alternating: literal, name, literal, …, literal. */
    private final String[] parts;

    private Reasons(String[] parts) {
        this.parts = parts;
    }

    public static Reasons parse(String template) {
        List<String> parts = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(template == null ? "" : template);
        int from = 0;
        while (placeholder.find()) {
            parts.add(template.substring(from, placeholder.start()));
            parts.add(placeholder.group(1));
            from = placeholder.end();
        }
        parts.add(template == null ? "" : template.substring(from));
        return new Reasons(parts.toArray(String[]::new));
    }

    public String render(Map<String, Object> facts, List<String> missing, Language language) {
        StringBuilder out = new StringBuilder(parts[0].length() + 64 * parts.length);
        out.append(parts[0]);
        for (int i = 1; i < parts.length; i += 2) {
            String name = parts[i];
            if (facts.containsKey(name)) {
                format(facts.get(name), language, out);
            } else if ("missing".equals(name)) {
                format(missing, language, out);
            } else {
                out.append('{').append(name).append('}'); // left visible: the rule tests report unfilled placeholders
            }
            out.append(parts[i + 1]);
        }
        return out.toString();
    }

    /** Placeholders a rendered reason still holds: a reason template naming a fact its rule does not give. */
    public static List<String> unfilled(String rendered) {
        return PLACEHOLDER.matcher(rendered).results().map(MatchResult::group).toList();
    }

    /** A fact's value as reasons write it: amounts thousands-separated, yes/no in the language, lists joined. */
    public static String format(Object value, Language language) {
        StringBuilder out = new StringBuilder();
        format(value, language, out);
        return out.toString();
    }

    static void format(Object value, Language language, StringBuilder out) {
        if (value == null) {
            out.append('—');
        } else if (value instanceof Integer) {
            out.append(value); // years and counts
        } else if (value instanceof Long amount) {
            grouped(amount, out); // yen and days
        } else if (value instanceof Double d) {
            if (Double.isFinite(d)) {
                decimal(BigDecimal.valueOf(d), out);
            } else {
                out.append(d);
            }
        } else if (value instanceof BigDecimal decimal) {
            decimal(decimal, out);
        } else if (value instanceof Boolean b) {
            out.append(language == Language.JA ? (b ? "はい" : "いいえ") : (b ? "yes" : "no"));
        } else if (value instanceof Collection<?> items) {
            String separator = language == Language.JA ? "、" : ", ";
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(separator);
                }
                format(item, language, out);
                first = false;
            }
        } else {
            out.append(value); // dates (ISO), strings, codes
        }
    }

    /** A whole number of any size grouped (a plan may state an IRR of 1e20 %), a fraction as written. */
    private static void decimal(BigDecimal decimal, StringBuilder out) {
        BigDecimal plain = decimal.stripTrailingZeros();
        if (plain.scale() <= 0) {
            grouped(plain.toBigIntegerExact().toString(), out);
        } else {
            out.append(plain.toPlainString());
        }
    }

    private static void grouped(long value, StringBuilder out) {
        grouped(Long.toString(value), out);
    }

    /** 1234567 as 1,234,567. */
    private static void grouped(String number, StringBuilder out) {
        String digits = number.startsWith("-") ? number.substring(1) : number;
        if (number.startsWith("-")) {
            out.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
    }
}
