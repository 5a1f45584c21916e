package dev.kakuho.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of codes in the report's languages, from a rule set's {@code names.yaml}: minerals,
 * activities, roles, application types… (a code is listed once across the lists), and labels for
 * the facts the rules give. Countries (ISO 3166-1 alpha-2) are named by the JDK. A reason writes a
 * fact's code by its name with {@code {mineral|name}}.
 */
public final class Names {

    /** The key of the fact labels in names.yaml; every other key is a list of codes. */
    public static final String FACTS = "facts";

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** A name in both languages. */
    public record Name(String ja, String en) {
        public String in(Language language) {
            return language == Language.EN ? en : ja;
        }
    }

    /** A problem in names.yaml: the path of the entry it concerns (list, or list and code) and what is wrong. */
    public record Problem(List<String> path, String message) {
    }

    public static final Names NONE = new Names(Map.of(), Map.of());

    private final Map<String, Name> codes;
    private final Map<String, Name> facts;

    Names(Map<String, Name> codes, Map<String, Name> facts) {
        this.codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
        this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** Reads a parsed names.yaml; each problem names the entry it concerns. */
    public static Names of(JsonNode root, List<Problem> problems) {
        Map<String, Name> codes = new LinkedHashMap<>();
        Map<String, String> listOf = new LinkedHashMap<>();
        Map<String, Name> facts = new LinkedHashMap<>();
        root.fields().forEachRemaining(list -> {
            if (!list.getValue().isObject()) {
                problems.add(new Problem(List.of(list.getKey()), list.getKey() + ": must map each code to {ja: …, en: …}"));
                return;
            }
            list.getValue().fields().forEachRemaining(entry -> {
                List<String> path = List.of(list.getKey(), entry.getKey());
                JsonNode ja = entry.getValue().path("ja");
                JsonNode en = entry.getValue().path("en");
                if (!ja.isTextual() || ja.asText().isBlank() || !en.isTextual() || en.asText().isBlank()) {
                    problems.add(new Problem(path, list.getKey() + "." + entry.getKey() + ": needs its name in Japanese and English: {ja: …, en: …}"));
                    return;
                }
                Name name = new Name(ja.asText().strip(), en.asText().strip());
                if (FACTS.equals(list.getKey())) {
                    facts.put(entry.getKey(), name);
                    return;
                }
                String earlier = listOf.putIfAbsent(entry.getKey(), list.getKey());
                if (earlier != null) {
                    problems.add(new Problem(path, entry.getKey() + " is already named under " + earlier
                            + "; a code is listed once, as {…|name} looks it up in every list"));
                    return;
                }
                codes.put(entry.getKey(), name);
            });
        });
        return new Names(codes, facts);
    }

    /**
     * A value as a reason names it: a listed code (or enum constant of the plan) by its name, a country code by the country's name
     * in the language, a list name by name; anything else (a code not listed) as it is.
     */
    public Object name(Object value, Language language) {
        if (value instanceof Enum<?> constant) {
            value = constant.name(); // plan codes the rules pass as enums (activity, role, offtake status, transfer kind)
        }
        if (value instanceof String code) {
            Name name = codes.get(code);
            if (name != null) {
                return name.in(language);
            }
            if (code.length() == 2 && COUNTRIES.contains(code)) {
                return country(code, language);
            }
            return code;
        }
        if (value instanceof Collection<?> items) {
            List<Object> named = new ArrayList<>(items.size());
            for (Object item : items) {
                named.add(name(item, language));
            }
            return named;
        }
        return value;
    }

    /** The country of an ISO 3166-1 alpha-2 code in the language, as the JDK names it (CN: 中国 / China). */
    public static String country(String code, Language language) {
        Locale region = new Locale.Builder().setRegion(code).build();
        return region.getDisplayCountry(language == Language.EN ? Locale.ENGLISH : Locale.JAPANESE);
    }

    /** The label of a fact the rules give, in the language; the fact's own name when none is listed. */
    public String label(String fact, Language language) {
        Name name = facts.get(fact);
        return name == null ? fact : name.in(language);
    }

    public boolean labels(String fact) {
        return facts.containsKey(fact);
    }

    public Map<String, Name> codes() {
        return codes;
    }

    public Map<String, Name> facts() {
        return facts;
    }
}
