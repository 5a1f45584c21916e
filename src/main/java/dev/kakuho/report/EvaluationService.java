package dev.kakuho.report;

import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Reads a plan, picks the rule set that judges it, runs the rules and writes the report. */
@ApplicationScoped
public class EvaluationService {

    private static final Logger LOG = Logger.getLogger(EvaluationService.class);

    private final RuleSetRegistry registry;
    private final PlanReader reader;
    private final ReportBuilder reports = new ReportBuilder();

    @ConfigProperty(name = "evaluation.max-body-bytes", defaultValue = "262144")
    long maxBodyBytes;

    @Inject
    public EvaluationService(RuleSetRegistry registry, Validator validator) {
        this.registry = registry;
        this.reader = new PlanReader(validator);
    }

    /** Logs the plan's id, outcome and timing only: plans hold confidential business information. */
    public Report evaluate(byte[] body, Language language) {
        long started = System.nanoTime();
        if (body != null && body.length > maxBodyBytes) { // sent without a Content-Length that RequestLimitFilter could check
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        Plan plan = reader.read(body);
        RuleSet ruleSet = registry.select(plan.getMaterial(), plan.getApplicationDate());
        Report report = reports.build(ruleSet, plan, ruleSet.evaluate(plan), language);
        LOG.infof("Evaluated plan %s: %s under %s %s in %.1f ms", plan.getPlanId(), report.outcome(), ruleSet.id(),
                ruleSet.manifest().revision(), (System.nanoTime() - started) / 1e6);
        return report;
    }
}
