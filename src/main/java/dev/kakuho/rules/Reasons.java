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
 * A rule's reason template, parsed once when the rule set loads. Placeholders:
 * <ul>
 * <li>{@code {name}}: the decision's fact of that name, as {@link #format} writes it;</li>
 * <li>{@code {name|name}}: that fact's code by its name in the report's language (a mineral, activity,
 *     role, application type… from names.yaml, a country from the JDK): {@code {mineral|name}} → リチウム / lithium;</li>
 * <li>{@code {param:periods.mine.minimumYears}}: the value of a parameter of parameters.yaml (the values the
 *     rules ran with), so that a changed threshold changes the reason too; {@code {param:x|name}} names codes;</li>
 * <li>{@code {missing}}: the fields the plan lacks.</li>
 * </ul>
 * A parameter or filter that does not exist is a load problem ({@link #problems}).
 */
public final class Reasons {

    /** A placeholder: {@code {param:dotted.name|filter}} or {@code {name|filter}}, the filter optional. */
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{(param:)?([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)(?:\\|([A-Za-z]+))?}");
    /** The only filter: a code written by its name. */
    public static final String NAME = "name";

    /** One placeholder of a template. */
    private record Slot(boolean parameter, String name, String filter, String written) {
    }

    /** Literal text and placeholders, alternating: literal, slot, literal, …, literal. */
    private final Object[] parts;

    private Reasons(Object[] parts) {
        this.parts = parts;
    }

    public static Reasons parse(String template) {
        List<Object> parts = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(template == null ? "" : template);
        int from = 0;
        while (placeholder.find()) {
            parts.add(template.substring(from, placeholder.start()));
            parts.add(new Slot(placeholder.group(1) != null, placeholder.group(2), placeholder.group(3), placeholder.group()));
            from = placeholder.end();
        }
        parts.add(template == null ? "" : template.substring(from));
        return new Reasons(parts.toArray());
    }

    /**
     * What is wrong with this template against a rule set's parameters: each placeholder naming a
     * parameter that is not there, or a filter that does not exist, as it is written ({@code {param:x}}) with why.
     */
    public List<String> problems(Parameters parameters) {
        List<String> problems = new ArrayList<>(0);
        for (int i = 1; i < parts.length; i += 2) {
            Slot slot = (Slot) parts[i];
            if (slot.parameter() && parameters.parameter(slot.name()) == null) {
                problems.add(slot.written() + ": no parameter '" + slot.name() + "' in " + RuleSetLoader.PARAMETERS);
            }
            if (slot.filter() != null && !NAME.equals(slot.filter())) {
                problems.add(slot.written() + ": no filter '" + slot.filter() + "'; the one filter is |" + NAME);
            }
        }
        return problems;
    }

    /** Renders with the facts only: parameters and names left as written (the service's own sentences need neither). */
    public String render(Map<String, Object> facts, List<String> missing, Language language) {
        return render(facts, missing, language, null, Names.NONE);
    }

    /** Renders with the parameters the rules ran with and the rule set's names. */
    public String render(Map<String, Object> facts, List<String> missing, Language language, Parameters parameters, Names names) {
        StringBuilder out = new StringBuilder(((String) parts[0]).length() + 64 * parts.length);
        out.append((String) parts[0]);
        for (int i = 1; i < parts.length; i += 2) {
            Slot slot = (Slot) parts[i];
            Object value;
            boolean known;
            if (slot.parameter()) {
                Parameters.Parameter parameter = parameters == null ? null : parameters.parameter(slot.name());
                known = parameter != null;
                value = known ? parameter.value() : null;
            } else if (facts.containsKey(slot.name())) {
                known = true;
                value = facts.get(slot.name());
            } else if ("missing".equals(slot.name())) {
                known = true;
                value = missing;
            } else {
                known = false;
                value = null;
            }
            if (!known) {
                out.append(slot.written()); // left visible: the rule tests report unfilled placeholders
            } else {
                format(NAME.equals(slot.filter()) ? names.name(value, language) : value, language, out);
            }
            out.append((String) parts[i + 1]);
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
