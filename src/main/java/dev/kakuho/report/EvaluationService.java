package dev.kakuho.report;

import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

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
}
