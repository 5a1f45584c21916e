package dev.kakuho.evaluation;

import dev.kakuho.report.Report;
import dev.kakuho.rules.RulesLoadEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The service's metrics (Prometheus at {@code /q/metrics}), in one place. Labels are only values the
 * service itself defines (outcomes, rule-set ids and revisions, problem types): never anything from a
 * plan, which holds confidential business information.
 */
@ApplicationScoped
public class ServiceMetrics {

    private final MeterRegistry registry;
    private final Timer evaluationTime;
    private final Counter recordsStored;
    private final Counter publications;
    private final Counter batches;

    @Inject
    public ServiceMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.evaluationTime = Timer.builder("evaluation.duration")
                .description("Time to read a plan, run the rules and write the report (plans refused before the rules ran are not timed)")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(50_000))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry);
        this.recordsStored = Counter.builder("evaluation.records.stored")
                .description("Evaluations stored as records").register(registry);
        this.publications = Counter.builder("rule.set.publications")
                .description("Rule sets put into service on this replica (at start, published here, or followed from another replica)").register(registry);
        this.batches = Counter.builder("evaluation.batches")
                .description("Batch requests (POST /api/v1/evaluations/batch) whose plans were evaluated").register(registry);
    }

    /** One plan evaluated: by outcome and the rule set (id, revision) that judged it, and how long it took. */
    public void evaluated(Report report, long nanos) {
        Counter.builder("evaluations")
                .description("Plans evaluated, by outcome and the rule set that judged them")
                .tag("outcome", report.outcome().name())
                .tag("rule_set", report.ruleSet().id())
                .tag("revision", String.valueOf(report.ruleSet().revision()))
                .register(registry).increment();
        evaluationTime.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A request or a batch's plan refused with a problem, by its type ({@code invalid-plan}, {@code body-too-large}, …). */
    public void refused(String problemType) {
        Counter.builder("evaluation.refusals")
                .description("Requests and batch plans refused, by problem type")
                .tag("type", problemType)
                .register(registry).increment();
    }

    /** A batch whose plans were evaluated. */
    public void batch() {
        batches.increment();
    }

    /** An evaluation stored as a record (the records use-case calls it once a record is written). */
    public void recordStored() {
        recordsStored.increment();
    }

    /** A rule set put into service on this replica: at start, by a publication made here, or one followed from another replica. */
    void published(@Observes RulesLoadEvents.Published published) {
        publications.increment();
    }

    void compiled(@Observes RulesLoadEvents.Compiled compiled) {
        String result = compiled.accepted() ? "accepted" : "refused";
        Timer.builder("rule.set.compile")
                .description("Time to compile and check a rule-set folder, by whether it was accepted")
                .tag("rule_set", compiled.folder())
                .tag("result", result)
                .register(registry).record(compiled.took());
    }

    void reloaded(@Observes RulesLoadEvents.Reloaded reloaded) {
        Counter.builder("rule.set.reloads")
                .description("Loads of the rules directory (start, edits, admin reloads), by whether it could be read")
                .tag("result", reloaded.usable() ? "loaded" : "directory-unusable")
                .register(registry).increment();
    }
}
