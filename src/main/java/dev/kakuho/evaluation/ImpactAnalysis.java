package dev.kakuho.evaluation;

import dev.kakuho.plan.InvalidPlanException;
import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.report.Report;
import dev.kakuho.report.ReportBuilder;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.NoRuleSetException;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetLoader;
import dev.kakuho.rules.RuleSets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Evaluates a corpus of plans under the published rule set and under a candidate, and tells what
 * the candidate would change. Only plans the revision judges count (a plan dated before its
 * {@code appliesFrom} is judged by an earlier revision, unchanged by this edit). Reasons are
 * compared in both languages and shown in one.
 */
public final class ImpactAnalysis {

    private static final Object OTHER_REVISION = new Object();
    private static final Object UNCHANGED = new Object();

    private final PlanReader reader;
    private final ReportBuilder reports = new ReportBuilder();

    public ImpactAnalysis(PlanReader reader) {
        this.reader = reader;
    }

    /**
     * @param published the rule set serving (before)
     * @param candidate the rule set that would replace it (after)
     * @param loaded    every rule set serving, to tell which plans this revision judges
     */
    public Impact compare(String folder, RuleSet published, RuleSet candidate, Collection<RuleSet> loaded,
                          List<PlanCorpus.CorpusPlan> corpus, Language language) {
        List<RuleSet> withCandidate = new ArrayList<>();
        for (RuleSet r : loaded) {
            withCandidate.add(r == published ? candidate : r);
        }
        if (!withCandidate.contains(candidate)) {
            withCandidate.add(candidate);
        }
        List<RuleSet> withPublished = new ArrayList<>(loaded);
        if (!withPublished.contains(published)) {
            withPublished.add(published);
        }
        boolean otherLanguagesMayDiffer = reasonsMayDifferBeyondTheShownLanguage(published, candidate);
        // each plan read, judged and compared on its own, in parallel: the corpus may hold many thousands
        List<Object> results = corpus.parallelStream().map(entry -> {
            Plan plan;
            try {
                plan = reader.read(entry.json());
            } catch (InvalidPlanException e) {
                return new Impact.Unreadable(entry.source(), e.getMessage());
            }
            if (judgedBy(withPublished, plan) != published && judgedBy(withCandidate, plan) != candidate) {
                return OTHER_REVISION;
            }
            Impact.PlanChange change = compare(plan, published, candidate, language, otherLanguagesMayDiffer);
            return change == null ? UNCHANGED : new Impact.PlanChange(entry.source(), change.planId(), change.outcomeBefore(),
                    change.outcomeAfter(), change.criteria());
        }).toList();
        List<Impact.Unreadable> unreadable = new ArrayList<>();
        List<Impact.PlanChange> changed = new ArrayList<>();
        int otherRevisions = 0;
        int judged = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Map<String, Integer>> directions = new LinkedHashMap<>();
        published.catalogue().criteria().forEach(c -> directions.put(c.id(), new TreeMap<>()));
        for (Object result : results) {
            if (result instanceof Impact.Unreadable u) {
                unreadable.add(u);
                continue;
            }
            if (result == OTHER_REVISION) {
                otherRevisions++;
                continue;
            }
            judged++;
            if (result instanceof Impact.PlanChange change) {
                changed.add(change);
                outcomes.merge(change.outcomeBefore() + " → " + change.outcomeAfter(), 1, Integer::sum);
                for (Impact.CriterionChange c : change.criteria()) {
                    directions.computeIfAbsent(c.id(), k -> new TreeMap<>()).merge(c.direction(), 1, Integer::sum);
                }
            }
        }
        List<Impact.CriterionCount> criteria = new ArrayList<>();
        directions.forEach((id, byDirection) -> {
            if (!byDirection.isEmpty()) {
                String ref = candidate.catalogue().contains(id) ? candidate.catalogue().criterion(id).ref()
                        : published.catalogue().contains(id) ? published.catalogue().criterion(id).ref() : null;
                criteria.add(new Impact.CriterionCount(id, ref, byDirection.values().stream().mapToInt(Integer::intValue).sum(),
                        byDirection));
            }
        });
        return new Impact(folder, candidate.id(), published.contentHash(), candidate.contentHash(), language.code(),
                judged, changed.size(), otherRevisions, unreadable, outcomes, criteria, changed);
    }

    private static RuleSet judgedBy(List<RuleSet> ruleSets, Plan plan) {
        try {
            return RuleSets.select(ruleSets, plan.getMaterial(), plan.getApplicationDate());
        } catch (NoRuleSetException e) {
            return null;
        }
    }

    /**
     * Whether a report in another language can differ while the shown one does not: only when the texts
     * reasons are written from differ (the rules' @ja/@en, names.yaml, clauses.yaml) or a parameter that a
     * reason quotes ({@code {param:…}}) changed. Everything else a reason says is a fact, compared in the
     * shown language.
     */
    static boolean reasonsMayDifferBeyondTheShownLanguage(RuleSet published, RuleSet candidate) {
        Map<String, String> before = published.sources();
        Map<String, String> after = candidate.sources();
        Set<String> files = new LinkedHashSet<>(before.keySet());
        files.addAll(after.keySet());
        StringBuilder drl = new StringBuilder();
        for (String file : files) {
            boolean writesReasons = file.endsWith(".drl") || file.equals(RuleSetLoader.NAMES) || file.equals(RuleSetLoader.CLAUSES);
            if (writesReasons && !Objects.equals(before.get(file), after.get(file))) {
                return true;
            }
            if (file.endsWith(".drl")) {
                drl.append(after.get(file));
            }
        }
        Set<String> parameters = new LinkedHashSet<>(published.parameters().all().keySet());
        parameters.addAll(candidate.parameters().all().keySet());
        for (String name : parameters) {
            var was = published.parameters().parameter(name);
            var is = candidate.parameters().parameter(name);
            if (!Objects.equals(was == null ? null : was.value(), is == null ? null : is.value())
                    && drl.indexOf("{param:" + name) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * What changed for one plan, or null when its report is the same (apart from the rule set's hash).
     * The reports are written in the shown language first; the other languages only for a plan that
     * changes there, or when {@code otherLanguagesMayDiffer}: most plans of a corpus do not change.
     */
    private Impact.PlanChange compare(Plan plan, RuleSet published, RuleSet candidate, Language language,
                                      boolean otherLanguagesMayDiffer) {
        Map<Language, Report> before = new LinkedHashMap<>();
        Map<Language, Report> after = new LinkedHashMap<>();
        var decidedBefore = published.evaluate(plan);
        var decidedAfter = candidate.evaluate(plan);
        before.put(language, reports.build(published, plan, decidedBefore, language));
        after.put(language, reports.build(candidate, plan, decidedAfter, language));
        List<Impact.CriterionChange> criteria = changes(before, after, language);
        Report shownBefore = before.get(language);
        Report shownAfter = after.get(language);
        boolean shownChanged = !criteria.isEmpty() || shownBefore.outcome() != shownAfter.outcome();
        if (!shownChanged && !otherLanguagesMayDiffer) {
            return null;
        }
        for (Language l : Language.values()) {
            if (l != language) {
                before.put(l, reports.build(published, plan, decidedBefore, l));
                after.put(l, reports.build(candidate, plan, decidedAfter, l));
            }
        }
        criteria = changes(before, after, language);
        if (criteria.isEmpty() && shownBefore.outcome() == shownAfter.outcome()) {
            return null;
        }
        return new Impact.PlanChange(null, plan.getPlanId(), shownBefore.outcome(), shownAfter.outcome(), criteria);
    }

    private static List<Impact.CriterionChange> changes(Map<Language, Report> before, Map<Language, Report> after, Language language) {
        Map<String, Map<Language, Report.CriterionResult>> beforeById = byId(before);
        Map<String, Map<Language, Report.CriterionResult>> afterById = byId(after);
        Set<String> ids = new LinkedHashSet<>(beforeById.keySet());
        ids.addAll(afterById.keySet());
        List<Impact.CriterionChange> criteria = new ArrayList<>();
        for (String id : ids) {
            Impact.CriterionChange change = compare(id, beforeById.get(id), afterById.get(id), language);
            if (change != null) {
                criteria.add(change);
            }
        }
        return criteria;
    }

    private static Map<String, Map<Language, Report.CriterionResult>> byId(Map<Language, Report> reports) {
        Map<String, Map<Language, Report.CriterionResult>> byId = new LinkedHashMap<>();
        reports.forEach((language, report) -> report.criteria()
                .forEach(c -> byId.computeIfAbsent(c.id(), k -> new LinkedHashMap<>()).put(language, c)));
        return byId;
    }

    private static Impact.CriterionChange compare(String id, Map<Language, Report.CriterionResult> before,
                                                  Map<Language, Report.CriterionResult> after, Language language) {
        Report.CriterionResult b = before == null ? null : before.get(language);
        Report.CriterionResult a = after == null ? null : after.get(language);
        List<String> changed = new ArrayList<>();
        if (b == null || a == null) {
            changed.add(b == null ? "added" : "removed");
        } else {
            if (b.status() != a.status()) {
                changed.add("status");
            }
            boolean reasonChanged = false;
            for (Language l : before.keySet()) {
                reasonChanged |= after.containsKey(l) && !Objects.equals(before.get(l).reason(), after.get(l).reason());
            }
            if (reasonChanged) {
                changed.add("reason");
            }
            if (!b.facts().equals(a.facts())) {
                changed.add("facts");
            }
            if (!b.missing().equals(a.missing())) {
                changed.add("missing");
            }
            if (!findings(before).equals(findings(after))) {
                changed.add("findings");
            }
        }
        if (changed.isEmpty()) {
            return null;
        }
        Map<String, Impact.FactChange> facts = null;
        if (changed.contains("facts")) {
            facts = new LinkedHashMap<>();
            Set<String> names = new LinkedHashSet<>(b.facts().keySet());
            names.addAll(a.facts().keySet());
            for (String name : names) {
                Object was = b.facts().get(name);
                Object is = a.facts().get(name);
                if (!Objects.equals(was, is)) {
                    facts.put(name, new Impact.FactChange(was, is));
                }
            }
        }
        Report.CriterionResult any = a != null ? a : b;
        boolean reason = changed.contains("reason") || b == null || a == null;
        boolean missing = changed.contains("missing");
        return new Impact.CriterionChange(id, any.clause().ref(), b == null ? null : b.status(), a == null ? null : a.status(),
                List.copyOf(changed), reason && b != null ? b.reason() : null, reason && a != null ? a.reason() : null, facts,
                missing ? b.missing() : null, missing ? a.missing() : null);
    }

    /** Findings as the report shows them, in both languages. */
    private static List<Object> findings(Map<Language, Report.CriterionResult> results) {
        List<Object> all = new ArrayList<>();
        results.values().forEach(c -> c.findings().forEach(f -> all.add(List.of(f.subject(), f.status(), f.reason(), f.facts()))));
        return all;
    }
}
