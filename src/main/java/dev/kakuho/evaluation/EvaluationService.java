package dev.kakuho.evaluation;

import dev.kakuho.report.Report;
import dev.kakuho.report.ReportBuilder;

import dev.kakuho.plan.BodyTooLargeException;
import dev.kakuho.plan.FieldError;
import dev.kakuho.plan.InvalidPlanException;
import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Decisions;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.Names;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetRegistry;
import dev.kakuho.rules.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** Reads a plan, picks the rule set that judges it, runs the rules and writes the report. */
@ApplicationScoped
public class EvaluationService {

    private static final Logger LOG = Logger.getLogger(EvaluationService.class);

    private final RuleSetRegistry registry;
    private final PlanReader reader;
    private final long maxBodyBytes;
    private final ReportBuilder reports = new ReportBuilder();


    @Inject
    public EvaluationService(RuleSetRegistry registry, PlanReader reader, EvaluationConfig config) {
        this.registry = registry;
        this.reader = reader;
        this.maxBodyBytes = config.maxBodyBytes();
    }

    /**
     * Reads the body up to {@code evaluation.max-body-bytes} and evaluates it. A body sent without a
     * Content-Length (which {@code BodyLimit} checks before reading) is refused as soon as it is
     * longer, before the HTTP layer's own, larger limit cuts it off with an empty answer.
     */
    public Report evaluate(InputStream body, Language language) {
        return evaluate(read(body), language);
    }

    /** The body's bytes, read up to one more than {@code evaluation.max-body-bytes} (which evaluating refuses). */
    public byte[] read(InputStream body) {
        try {
            return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBodyBytes + 1));
        } catch (IOException e) {
            throw new InvalidPlanException("unreadable-body", "The body could not be read to its end.",
                    List.of(new FieldError("", "could not be read")));
        }
    }

    public Report evaluate(byte[] body, Language language) {
        return run(body, List.of(language)).report(language);
    }

    /**
     * One evaluation written in every language, with the sections of the rule set that judged it:
     * what a report page needs to be shown, and switched between languages, without running the rules again.
     */
    public Evaluation evaluateInEveryLanguage(byte[] body) {
        return run(body, List.of(Language.values()));
    }

    /** One evaluation written in the languages given, with the sections of the rule set that judged it. */
    public Evaluation evaluate(byte[] body, List<Language> languages) {
        return run(body, languages);
    }

    /** The plan judged by {@code ruleSet}, whatever its application date would select (a replay of a record). */
    public Evaluation evaluateUnder(RuleSet ruleSet, byte[] body) {
        return run(body, List.of(Language.values()), ruleSet);
    }

    /** Logs the plan's id, outcome and timing only: plans hold confidential business information. */
    private Evaluation run(byte[] body, List<Language> languages) {
        return run(body, languages, null);
    }

    private Evaluation run(byte[] body, List<Language> languages, RuleSet chosen) {
        long started = System.nanoTime();
        if (body != null && body.length > maxBodyBytes) {
            throw new BodyTooLargeException(maxBodyBytes);
        }
        Plan plan = reader.read(body);
        RuleSet ruleSet = chosen != null ? chosen : registry.select(plan.getMaterial(), plan.getApplicationDate());
        Decisions decisions = ruleSet.evaluate(plan);
        Map<Language, Report> written = new EnumMap<>(Language.class);
        for (Language language : languages) {
            written.put(language, reports.build(ruleSet, plan, decisions, language));
        }
        LOG.infof("Evaluated plan %s: %s under %s %s in %.1f ms", plan.getPlanId(), written.get(languages.get(0)).outcome(),
                ruleSet.id(), ruleSet.manifest().revision(), (System.nanoTime() - started) / 1e6);
        return new Evaluation(written, ruleSet.catalogue().sections(), ruleSet.names());
    }

    /**
     * The same report in each language, the policy's sections in order (with their titles in both
     * languages), and the rule set's names of codes and labels of facts.
     */
    public record Evaluation(Map<Language, Report> reports, List<Section> sections, Names names) {

        public Evaluation {
            reports = Map.copyOf(reports);
            sections = List.copyOf(sections);
        }

        public Report report(Language language) {
            return reports.get(language);
        }
    }
}
