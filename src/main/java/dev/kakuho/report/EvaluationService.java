package dev.kakuho.report;

import dev.kakuho.plan.BodyTooLargeException;
import dev.kakuho.plan.FieldError;
import dev.kakuho.plan.InvalidPlanException;
import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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

    /**
     * Reads the body up to {@code evaluation.max-body-bytes} and evaluates it. A body sent without a
     * Content-Length (which {@code BodyLimit} checks before reading) is refused as soon as it is
     * longer, before the HTTP layer's own, larger limit cuts it off with an empty answer.
     */
    public Report evaluate(InputStream body, Language language) {
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBodyBytes + 1));
        } catch (IOException e) {
            throw new InvalidPlanException("unreadable-body", "The body could not be read to its end.",
                    List.of(new FieldError("", "could not be read")));
        }
        return evaluate(bytes, language);
    }

    /** Logs the plan's id, outcome and timing only: plans hold confidential business information. */
    public Report evaluate(byte[] body, Language language) {
        long started = System.nanoTime();
        if (body != null && body.length > maxBodyBytes) {
            throw new BodyTooLargeException(maxBodyBytes);
        }
        Plan plan = reader.read(body);
        RuleSet ruleSet = registry.select(plan.getMaterial(), plan.getApplicationDate());
        Report report = reports.build(ruleSet, plan, ruleSet.evaluate(plan), language);
        LOG.infof("Evaluated plan %s: %s under %s %s in %.1f ms", plan.getPlanId(), report.outcome(), ruleSet.id(),
                ruleSet.manifest().revision(), (System.nanoTime() - started) / 1e6);
        return report;
    }
}
