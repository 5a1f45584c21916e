package dev.kakuho.report;

import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Decisions;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetRegistry;
import dev.kakuho.rules.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a plan, picks the rule set that judges it, runs the rules and writes the report. */
@ApplicationScoped
public class EvaluationService {

    private final RuleSetRegistry registry;
    private final PlanReader reader;
    private final ReportBuilder reports = new ReportBuilder();

    @Inject
    public EvaluationService(RuleSetRegistry registry, Validator validator) {
        this.registry = registry;
        this.reader = new PlanReader(validator);
    }

    public Report evaluate(byte[] body, Language language) {
        Plan plan = reader.read(body);
        RuleSet ruleSet = registry.select(plan.getMaterial(), plan.getApplicationDate());
        return reports.build(ruleSet, plan, ruleSet.evaluate(plan), language);
    }

    /**
     * One evaluation written in every language, with the sections of the rule set that judged it:
     * what a report page needs to be shown, and switched between languages, without running the rules again.
     */
    public Evaluation evaluateInEveryLanguage(byte[] body) {
        Plan plan = reader.read(body);
        RuleSet ruleSet = registry.select(plan.getMaterial(), plan.getApplicationDate());
        Decisions decisions = ruleSet.evaluate(plan);
        Map<Language, Report> written = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            written.put(language, reports.build(ruleSet, plan, decisions, language));
        }
        return new Evaluation(written, ruleSet.catalogue().sections());
    }

    /** The same report in each language, and the policy's sections in order (with their titles in both languages). */
    public record Evaluation(Map<Language, Report> reports, List<Section> sections) {

        public Evaluation {
            reports = Map.copyOf(reports);
            sections = List.copyOf(sections);
        }

        public Report report(Language language) {
            return reports.get(language);
        }
    }
}
