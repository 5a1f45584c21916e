package dev.kakuho.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Every reason template ({@code @ja}, {@code @en}) rendered against the facts its rule's consequence
 * gives: a placeholder naming a fact the rule never gives ({@code {requiredEnds}} for
 * {@code requiredEnd}), or a brace left over after rendering, would reach reviewers as raw text.
 */
public final class ReasonTemplateCheck {

    public static final String CHECK = "template";

    private static final Pattern FACT = Pattern.compile("\\.\\s*fact\\s*\\(\\s*\"([^\"]+)\"");
    /**
     * As {@link Reasons} reads them: {@code {name}} or {@code {name|filter}} takes the fact of that name;
     * {@code {param:…}} a parameter (checked against parameters.yaml by {@link ReasonChecks}).
     */
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{(param:)?([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)(?:\\|([A-Za-z]+))?}");
    private static final Pattern MISSING = Pattern.compile("\\bdecide\\s*\\.\\s*missing\\s*\\(");

    private ReasonTemplateCheck() {
    }

    /** @param drl the files' texts, to name the line of the annotation at fault */
    public static void check(Map<String, PackageDescr> parsed, Map<String, String> drl, DrlParsing.ProblemSink problems) {
        parsed.forEach((file, descr) -> {
            for (RuleDescr rule : descr.getRules()) {
                Set<String> facts = factsGiven(rule);
                for (String language : List.of("ja", "en")) {
                    AnnotationDescr annotation = rule.getAnnotation(language);
                    if (annotation == null || annotation.getSingleValueAsString() == null) {
                        continue;
                    }
                    String template = AnnotationDescr.unquote(annotation.getSingleValueAsString());
                    String problem = problem(template, facts);
                    if (problem != null) {
                        problems.add(file, lineOf(drl.get(file), rule.getLine(), "@" + language + "("),
                                "the @" + language + " reason of rule \"" + rule.getName() + "\" " + problem);
                    }
                }
            }
        });
    }

    /** The line of the first {@code needle} at or after line {@code from} ({@code from} itself when not found). */
    static int lineOf(String text, int from, String needle) {
        if (text == null) {
            return from;
        }
        int offset = 0;
        for (int line = 1; line < from; line++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return from;
            }
        }
        int at = text.indexOf(needle, offset);
        if (at < 0) {
            return from;
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The facts a rule's consequence gives by name, and {@code missing} when it decides MISSING. */
    static Set<String> factsGiven(RuleDescr rule) {
        String consequence = String.valueOf(rule.getConsequence());
        Set<String> facts = new LinkedHashSet<>();
        Matcher fact = FACT.matcher(consequence);
        while (fact.find()) {
            facts.add(fact.group(1));
        }
        if (MISSING.matcher(consequence).find()) {
            facts.add("missing");
        }
        return facts;
    }

    /** What is wrong with a template given the facts its rule gives, or null. */
    static String problem(String template, Set<String> facts) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            if (placeholder.group(1) == null && !facts.contains(placeholder.group(2))) {
                unknown.add(placeholder.group());
            }
        }
        if (!unknown.isEmpty()) {
            return "names " + String.join(", ", unknown) + ", which the rule does not give"
                    + (facts.isEmpty() ? " (it gives no facts)" : " (it gives " + String.join(", ", facts) + ")");
        }
        String rest = PLACEHOLDER.matcher(template).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            return "has a brace that is not a placeholder such as {planEnd}";
        }
        return null;
    }
}
