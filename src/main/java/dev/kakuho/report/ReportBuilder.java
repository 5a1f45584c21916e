package dev.kakuho.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakuho.plan.Activity;
import dev.kakuho.plan.Plan;
import dev.kakuho.rules.Criterion;
import dev.kakuho.rules.Decision;
import dev.kakuho.rules.Decisions;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.Leaning;
import dev.kakuho.rules.Names;
import dev.kakuho.rules.Parameters;
import dev.kakuho.rules.Reasons;
import dev.kakuho.rules.Remedy;
import dev.kakuho.rules.RuleInfo;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns what the rules decided into the report: one entry per criterion, in catalogue order, in one language. */
public final class ReportBuilder {

    /** The parameter holding 第1章第2節's 2030 targets per mineral, if the rule set has it. */
    public static final String NATIONAL_TARGETS = "nationalTargets2030";

    public Report build(RuleSet ruleSet, Plan plan, Decisions decisions, Language language) {
        List<String> warnings = new ArrayList<>();
        Map<String, List<Decision>> byCriterion = new HashMap<>();
        for (Decision decision : decisions.all()) {
            for (String criterion : decision.criteria()) {
                byCriterion.computeIfAbsent(criterion, k -> new ArrayList<>()).add(decision);
            }
        }
        Map<String, String> broken = new HashMap<>();
        for (String rule : decisions.broken()) {
            decisions.criteriaOf(rule).forEach(criterion -> broken.putIfAbsent(criterion, rule));
        }

        List<Report.CriterionResult> results = new ArrayList<>();
        List<Report.ReviewItem> review = new ArrayList<>();
        Map<Status, Integer> summary = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            summary.put(status, 0);
        }
        for (Criterion criterion : ruleSet.catalogue().criteria()) {
            List<Decision> all = byCriterion.getOrDefault(criterion.id(), List.of());
            Report.CriterionResult result;
            if (!criterion.appliesTo(plan.getActivity())) {
                result = ruleSet.remember("not-applicable", criterion.id(), language, () -> engineResult(criterion,
                        Status.NOT_APPLICABLE, Engine.OTHER_ACTIVITY, Map.of("activities", Engine.activities(criterion, ruleSet.names(), language)),
                        language));
            } else if (broken.containsKey(criterion.id())) {
                result = engineResult(criterion, Status.MISSING, Engine.BROKEN_RULE, Map.of("rule", broken.get(criterion.id())), language);
                warnings.add(criterion.id() + ": " + result.reason());
            } else {
                result = decide(ruleSet, decisions, criterion, all, language);
                if (result == null) {
                    result = engineResult(criterion, Status.MISSING, Engine.NO_RULE_DECIDED, Map.of(), language);
                    warnings.add(criterion.id() + ": " + result.reason());
                }
            }
            results.add(result);
            summary.merge(result.status(), 1, Integer::sum);
            if (result.status() == Status.REVIEW) {
                review.add(new Report.ReviewItem(criterion.id(), citedRef(criterion, result.subClauses()), Status.REVIEW,
                        leaning(all), result.reason(), result.facts()));
            }
            if (result.status() != Status.NOT_APPLICABLE) {
                for (Decision note : all) {
                    if (note.isNote()) {
                        Criterion.SubClause sub = note.clause() == null ? null : criterion.subClause(note.clause());
                        review.add(new Report.ReviewItem(criterion.id(), sub == null ? criterion.ref() : sub.ref(),
                                result.status(), note.leaning(), render(ruleSet, decisions, note, language), note.facts()));
                    }
                }
            }
        }
        Map<Leaning, Integer> reviewSummary = new EnumMap<>(Leaning.class);
        for (Leaning leaning : Leaning.values()) {
            reviewSummary.put(leaning, 0);
        }
        review.forEach(item -> reviewSummary.merge(item.leaning(), 1, Integer::sum));
        Outcome outcome = summary.get(Status.FAIL) > 0 ? Outcome.FAIL
                : summary.get(Status.MISSING) > 0 ? Outcome.INCOMPLETE : Outcome.PASS;
        var manifest = ruleSet.manifest();
        Report.RuleSetRef ref = new Report.RuleSetRef(manifest.id(), manifest.material().name(), manifest.revision(),
                manifest.appliesFrom(), language == Language.EN ? manifest.titleEn() : manifest.title(),
                manifest.source().title(), ruleSet.contentHash());
        Names names = ruleSet.names();
        return new Report(plan.getPlanId(), outcome, language.code(), ref, plan.getActivity().name(),
                String.valueOf(names.name(plan.getActivity().name(), language)), plan.getMineral(),
                String.valueOf(names.name(plan.getMineral(), language)), summary, reviewSummary, results, review, nationalTargets(ruleSet.parameters(), plan, language),
                warnings.isEmpty() ? null : warnings, caseOf(plan));
    }

    private static Report.Case caseOf(dev.kakuho.plan.Plan plan) {
        dev.kakuho.plan.Applicant applicant = plan.getApplicant();
        dev.kakuho.plan.Project project = plan.getProject();
        dev.kakuho.plan.Period period = plan.getPeriod();
        return new Report.Case(applicant == null ? null : applicant.getName(), applicant == null ? null : applicant.getCorporateNumber(),
                project == null ? null : project.getName(), project == null ? null : project.getCountry(),
                plan.getApplicationType() == null ? null : plan.getApplicationType().name(), plan.getApplicationDate(),
                period == null ? null : period.getStart(), period == null ? null : period.getEnd());
    }

    private Report.CriterionResult decide(RuleSet ruleSet, Decisions decisions, Criterion criterion, List<Decision> all,
                                          Language language) {
        Status status = null;
        for (Decision decision : all) {
            if (!decision.isNote()) {
                status = decision.status().worse(status);
            }
        }
        if (status == null) {
            return null;
        }
        if (all.size() == 1 && all.get(0).subject() == null) { // the common case: one rule decided, nothing to merge
            Decision only = all.get(0);
            return new Report.CriterionResult(criterion.id(), criterion.section(), status, clause(ruleSet, criterion),
                    subClauses(criterion, all, status), render(ruleSet, decisions, only, language), only.facts(), only.missing(),
                    List.of(), remedies(only));
        }
        List<String> reasons = new ArrayList<>();
        Map<String, Object> facts = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        Set<Remedy> remedies = new LinkedHashSet<>();
        List<Report.Finding> findings = new ArrayList<>();
        for (Decision decision : all) {
            if (decision.isNote()) {
                continue;
            }
            missing.addAll(decision.missing());
            remedies.addAll(remedies(decision));
            String reason = render(ruleSet, decisions, decision, language);
            if (decision.subject() != null) {
                Criterion.SubClause sub = decision.clause() == null ? null : criterion.subClause(decision.clause());
                findings.add(new Report.Finding(decision.subject(), sub == null ? null : sub.ref(), decision.status(), reason,
                        decision.facts()));
            } else {
                facts.putAll(decision.facts());
            }
            if (decision.status() == status && !reasons.contains(reason)) {
                reasons.add(reason);
            }
        }
        findings.sort(Comparator.comparing(Report.Finding::subject, ReportBuilder::comparePointers));
        return new Report.CriterionResult(criterion.id(), criterion.section(), status, clause(ruleSet, criterion),
                subClauses(criterion, all, status), String.join(" ", reasons), facts, List.copyOf(missing), findings,
                List.copyOf(remedies));
    }

    /** What a FAIL or MISSING decision asks of the plan; nothing for any other. */
    private static List<Remedy> remedies(Decision decision) {
        return decision.status() == Status.FAIL || decision.status() == Status.MISSING ? decision.remedies() : List.of();
    }
    /**
     * The sub-clauses of the criterion that the decisions giving its status rest on ({@code @clause} or
     * {@code .clause(…)}), each once: a result cites the most precise clause that decided it.
     */
    private static List<Report.SubClause> subClauses(Criterion criterion, List<Decision> all, Status status) {
        if (criterion.subClauses().isEmpty()) {
            return List.of();
        }
        List<Report.SubClause> cited = new ArrayList<>(1);
        for (Decision decision : all) {
            Criterion.SubClause sub = decision.status() == status && decision.clause() != null
                    ? criterion.subClause(decision.clause()) : null;
            if (sub != null) {
                Report.SubClause item = new Report.SubClause(sub.ref(), sub.text());
                if (!cited.contains(item)) {
                    cited.add(item);
                }
            }
        }
        return List.copyOf(cited);
    }

    /** The most precise reference of a result: its sub-clauses', else its criterion's. */
    private static String citedRef(Criterion criterion, List<Report.SubClause> subClauses) {
        if (subClauses == null || subClauses.isEmpty()) {
            return criterion.ref();
        }
        return String.join("、", subClauses.stream().map(Report.SubClause::ref).toList());
    }

    /**
     * How a REVIEW result leans, from its REVIEW decisions: against if any leans against (the reviewer
     * should see it first), else supporting if any supports, else neutral.
     */
    private static Leaning leaning(List<Decision> decisions) {
        Leaning leaning = Leaning.NEUTRAL;
        for (Decision decision : decisions) {
            if (decision.status() == Status.REVIEW) {
                if (decision.leaning() == Leaning.AGAINST) {
                    return Leaning.AGAINST;
                }
                if (decision.leaning() == Leaning.SUPPORTS) {
                    leaning = Leaning.SUPPORTS;
                }
            }
        }
        return leaning;
    }

    /** A criterion's clause as reports cite it, made once per rule set. */
    private static Report.Clause clause(RuleSet ruleSet, Criterion criterion) {
        return ruleSet.remember("clause", criterion.id(), () -> new Report.Clause(criterion.ref(), criterion.text(), criterion.summary()));
    }

    /** A result the service decides itself: not applicable to the activity, or undecided because of a fault in the rules. */
    private static Report.CriterionResult engineResult(Criterion criterion, Status status, String key, Map<String, Object> facts,
                                                       Language language) {
        String reason = Engine.reason(key, language).render(facts, List.of(), language);
        return new Report.CriterionResult(criterion.id(), criterion.section(), status,
                new Report.Clause(criterion.ref(), criterion.text(), criterion.summary()), List.of(), reason, facts, List.of(),
                List.of(), List.of());
    }

    private static String render(RuleSet ruleSet, Decisions decisions, Decision decision, Language language) {
        RuleInfo rule = ruleSet.rule(decision.rule());
        return rule == null ? decision.rule() : rule.reason(language).render(decision.facts(), decision.missing(), language,
                decisions.parameters(), ruleSet.names());
    }

    /** Orders /a/b/2 before /a/b/10. */
    static int comparePointers(String a, String b) {
        int slashA = a.lastIndexOf('/');
        int slashB = b.lastIndexOf('/');
        if (slashA >= 0 && slashA == slashB && a.regionMatches(0, b, 0, slashA)) {
            String tailA = a.substring(slashA + 1);
            String tailB = b.substring(slashB + 1);
            if (tailA.chars().allMatch(Character::isDigit) && tailB.chars().allMatch(Character::isDigit)
                    && !tailA.isEmpty() && !tailB.isEmpty() && tailA.length() < 10 && tailB.length() < 10) {
                return Integer.compare(Integer.parseInt(tailA), Integer.parseInt(tailB));
            }
        }
        return a.compareTo(b);
    }

    private static List<Report.NationalTargetShare> nationalTargets(Parameters parameters, Plan plan, Language language) {
        Parameters.Parameter parameter = parameters.parameter(NATIONAL_TARGETS);
        if (parameter == null || !(parameter.value() instanceof JsonNode table) || !table.has(plan.getMineral())) {
            return null;
        }
        Double supply = plan.getSupplyToJapan().getAnnualTonnes();
        List<Report.NationalTargetShare> shares = new ArrayList<>();
        for (JsonNode target : table.get(plan.getMineral())) {
            double tonnes = target.path("tonnesPerYear").asDouble();
            Double share = supply == null || tonnes <= 0 ? null : sharePercent(supply, tonnes);
            shares.add(new Report.NationalTargetShare(target.path(language == Language.EN ? "en" : "ja").asText(),
                    parameter.ref(), tonnes, supply, share, Engine.text(Engine.TARGET_NOTE, language)));
        }
        return shares;
    }

    /**
     * {@code supply} as a percentage of {@code tonnes}, to one decimal, in exact arithmetic: a plan may
     * state any finite tonnage (1e308 overflowed {@code supply * 100} to infinity, which BigDecimal refuses).
     */
    static Double sharePercent(double supply, double tonnes) {
        double share = BigDecimal.valueOf(supply).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(tonnes), 1, RoundingMode.HALF_UP).doubleValue();
        return Double.isFinite(share) ? share : null;
    }

    /** The few sentences the service writes itself, in both languages. */
    static final class Engine {
        static final String NO_RULE_DECIDED = "noRuleDecided";
        static final String BROKEN_RULE = "brokenRule";
        static final String TARGET_NOTE = "targetNote";
        static final String OTHER_ACTIVITY = "otherActivity";

        private static final Map<String, Reasons[]> TEXTS = Map.of(
                NO_RULE_DECIDED, both(
                        "この計画について本基準を判定する規則がありません（規則集の不備）。判定されるまで適合とはなりません。",
                        "No rule of this rule set decided this criterion for this plan (a gap in the rules); it cannot pass until one does."),
                BROKEN_RULE, both(
                        "規則「{rule}」の実行中にエラーが発生したため、本基準は判定されていません。",
                        "Rule \"{rule}\" failed while deciding this criterion, so it is undecided."),
                TARGET_NOTE, both(
                        "参考情報（認定要件ではありません）。",
                        "For information; not a certification criterion."),
                OTHER_ACTIVITY, both(
                        "本規則集は本基準を{activities}の計画にのみ適用しています（criteria catalogue の activities）。",
                        "The rule set applies this criterion only to plans for {activities} (the catalogue's activities)."));

        private static Reasons[] both(String ja, String en) {
            return new Reasons[] {Reasons.parse(ja), Reasons.parse(en)};
        }

        static Reasons reason(String key, Language language) {
            return TEXTS.get(key)[language == Language.EN ? 1 : 0];
        }

        static String text(String key, Language language) {
            return reason(key, language).render(Map.of(), List.of(), language);
        }

        /** The activities a criterion applies to, named in the language (names.yaml), in the policy's order. */
        static List<String> activities(Criterion criterion, Names names, Language language) {
            List<String> named = new ArrayList<>(criterion.activities().size());
            for (Activity activity : Activity.values()) {
                if (criterion.activities().contains(activity)) {
                    named.add(String.valueOf(names.name(activity.name(), language)));
                }
            }
            return named;
        }
    }
}
