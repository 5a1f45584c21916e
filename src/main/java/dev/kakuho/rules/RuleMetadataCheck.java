package dev.kakuho.rules;

import dev.kakuho.plan.Activity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Every compiled rule says which criterion it decides ({@code @criterion}, one the catalogue has,
 * of the section its file is named after) and gives its reason in Japanese and English
 * ({@code @ja}, {@code @en}), unless it only {@code @derives} a fact for other rules.
 */
final class RuleMetadataCheck {

    static final String CRITERION = "criterion";
    /** Marks a rule that only inserts a derived fact for other rules; it decides nothing and needs no reason. */
    static final String DERIVES = "derives";
    /** The sub-clause a rule rests on, more precise than its criterion's clause: {@code @clause("第3章第6節(3)(エ)(v)")}. */
    static final String CLAUSE = "clause";

    private RuleMetadataCheck() {
    }

    /** The rules as reports cite them, by name; each problem reported at the rule's line. */
    static Map<String, RuleInfo> check(KieBase kieBase, Map<String, RuleInfo.Location> locations, Catalogue catalogue,
                                       LoadProblems problems) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo.Location at = locations.getOrDefault(rule.getName(), new RuleInfo.Location(".", 0));
                Map<String, Object> meta = rule.getMetaData();
                String criterion = metadata(meta, CRITERION);
                String ja = metadata(meta, "ja");
                String en = metadata(meta, "en");
                String clause = metadata(meta, CLAUSE);
                String where = "rule \"" + rule.getName() + "\"";
                Map<Activity, List<String>> decides = new EnumMap<>(Activity.class);
                if (criterion == null) {
                    problems.add(at.file(), at.line(), where + " has no @criterion(\"…\"): say which criterion it decides");
                } else if (catalogue != null) {
                    decides = resolve(criterion, catalogue, where, at, problems);
                }
                boolean derives = meta.containsKey(DERIVES);
                if (!derives && (ja == null || en == null)) {
                    problems.add(at.file(), at.line(), where + " needs its reason in Japanese and English: @ja(\"…\") and @en(\"…\")");
                }
                rules.put(rule.getName(), new RuleInfo(rule.getName(), criterion, decides, derives, at, Reasons.parse(ja),
                        Reasons.parse(en), clause));
            }
        }
        return rules;
    }

    /**
     * The criteria a rule's {@code @criterion} names, per activity: each comma-separated id as it
     * stands, or for {@code *.name} the criterion {@code <prefix>.name} that applies to the activity.
     */
    static Map<Activity, List<String>> resolve(String criterion, Catalogue catalogue, String where,
                                               RuleInfo.Location at, LoadProblems problems) {
        Map<Activity, List<String>> decides = new EnumMap<>(Activity.class);
        for (Activity activity : Activity.values()) {
            decides.put(activity, new ArrayList<>());
        }
        for (String id : criterion.split(",")) {
            id = id.strip();
            List<Criterion> named = new ArrayList<>();
            if (id.startsWith("*.")) {
                String suffix = id.substring(1);
                for (Criterion c : catalogue.criteria()) {
                    if (c.id().endsWith(suffix) && c.id().indexOf('.') == c.id().length() - suffix.length()) {
                        named.add(c);
                    }
                }
            } else if (catalogue.contains(id)) {
                named.add(catalogue.criterion(id));
            }
            if (named.isEmpty()) {
                problems.add(at.file(), at.line(), where + " cites criterion " + id + ", which " + RuleSetLoader.CLAUSES
                        + " does not have");
            }
            for (Criterion c : named) {
                if (!inSectionOfFile(c, at.file(), catalogue)) {
                    problems.add(at.file(), at.line(), where + " decides " + c.id() + " of section " + c.section()
                            + " (" + c.ref() + "); put it in that section's file");
                }
                for (Activity activity : Activity.values()) {
                    if (c.appliesTo(activity)) {
                        decides.get(activity).add(c.id());
                    }
                }
            }
        }
        decides.replaceAll((activity, ids) -> List.copyOf(ids));
        return decides;
    }

    /** A file named after a section ({@code s4-periods.drl}) holds only that section's rules. */
    static boolean inSectionOfFile(Criterion criterion, String file, Catalogue catalogue) {
        int dash = file.indexOf('-');
        String section = dash > 0 ? file.substring(0, dash) : null;
        return section == null || catalogue.section(section) == null || criterion.section().equals(section);
    }

    private static String metadata(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        String text = String.valueOf(value);
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
