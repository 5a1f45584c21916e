package dev.kakuho.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load-time checks of what a report will print from the rules, each problem at its file and line:
 * reason placeholders naming a parameter that is not there or a filter that does not exist; a
 * {@code @clause} or {@code .clause("…")} citing a sub-clause clauses.yaml does not list (under the
 * criteria the rule decides); a fact the rules give without a label in names.yaml.
 */
final class ReasonChecks {

    /** Where a problem is reported: the loader's list of problems. */
    interface Sink {
        void add(String file, int line, String message);
    }

    private static final Pattern FACT = Pattern.compile("\\.fact\\(\\s*\"([^\"]*)\"");
    private static final Pattern CLAUSE_CALL = Pattern.compile("\\.clause\\(\\s*\"([^\"]*)\"");

    private ReasonChecks() {
    }

    static void check(Map<String, String> drl, Map<String, RuleInfo> rules, Catalogue catalogue, Parameters parameters,
                      Names names, Sink problems) {
        for (RuleInfo rule : rules.values()) {
            String where = "rule \"" + rule.name() + "\"";
            String text = drl.get(rule.location().file());
            if (parameters != null) {
                for (Reasons reason : List.of(rule.ja(), rule.en())) {
                    for (String problem : reason.problems(parameters)) {
                        String written = problem.substring(0, problem.indexOf(": "));
                        problems.add(rule.location().file(), lineAfter(text, rule.location().line(), written),
                                where + ": reason placeholder " + problem);
                    }
                }
            }
            if (rule.clause() != null && catalogue != null) {
                Set<String> decided = new LinkedHashSet<>();
                rule.criteriaByActivity().values().forEach(decided::addAll);
                boolean listed = decided.stream().map(catalogue::criterion)
                        .anyMatch(c -> c != null && c.subClause(rule.clause()) != null);
                if (!listed) {
                    problems.add(rule.location().file(), lineAfter(text, rule.location().line(), "@clause"),
                            where + " cites clause " + rule.clause() + ", which " + RuleSetLoader.CLAUSES
                                    + " does not list among the subClauses of " + String.join(", ", decided));
                }
            }
        }
        Set<String> subClauses = new LinkedHashSet<>();
        if (catalogue != null) {
            catalogue.criteria().forEach(c -> c.subClauses().forEach(s -> subClauses.add(s.ref())));
        }
        drl.forEach((file, text) -> {
            Matcher fact = FACT.matcher(text);
            while (fact.find()) {
                if (!names.labels(fact.group(1))) {
                    problems.add(file, DrlScan.lineAt(text, fact.start()), "fact '" + fact.group(1)
                            + "' has no label: add it under 'facts' in " + RuleSetLoader.NAMES + " ({ja: …, en: …})");
                }
            }
            Matcher clause = CLAUSE_CALL.matcher(text);
            while (clause.find()) {
                if (catalogue != null && !subClauses.contains(clause.group(1))) {
                    problems.add(file, DrlScan.lineAt(text, clause.start()), "clause " + clause.group(1) + " is not among the "
                            + "subClauses of " + RuleSetLoader.CLAUSES);
                }
            }
        });
    }

    /** The line of the first {@code needle} at or after line {@code from} of a text (from itself when not found). */
    private static int lineAfter(String text, int from, String needle) {
        if (text == null) {
            return from;
        }
        int offset = 0;
        for (int line = 1; line < from && offset >= 0; line++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return from;
            }
        }
        int at = text.indexOf(needle, offset);
        return at < 0 ? from : DrlScan.lineAt(text, at);
    }

    /** The sub-clauses of a criterion in clauses.yaml, each needing its ref and quoted text. */
    static List<Criterion.SubClause> subClauses(com.fasterxml.jackson.databind.JsonNode criterion, String id, List<String> problems) {
        List<Criterion.SubClause> subClauses = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode sub : criterion.path("subClauses")) {
            String ref = sub.path("ref").asText("").strip();
            String text = sub.path("text").asText("").strip();
            if (ref.isEmpty() || text.isEmpty()) {
                problems.add(id + ": each of its subClauses needs a 'ref' and the clause 'text' quoted from the source");
                continue;
            }
            subClauses.add(new Criterion.SubClause(ref, text));
        }
        return List.copyOf(subClauses);
    }
}
