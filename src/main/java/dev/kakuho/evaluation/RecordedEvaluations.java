package dev.kakuho.evaluation;

import dev.kakuho.records.EvaluationRecord;
import dev.kakuho.records.RecordStore;
import dev.kakuho.evaluation.EvaluationService.Evaluation;
import dev.kakuho.report.Report;
import dev.kakuho.rules.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The evaluation use-case with its record: every evaluation is stored (its reports, each signed)
 * before it is answered, unless records are switched off ({@code records.enabled=false}) or
 * the request asks for a dry run.
 */
@ApplicationScoped
public class RecordedEvaluations {

    private final EvaluationService evaluations;
    private final RecordStore records;
    private final ServiceMetrics metrics;

    @Inject
    public RecordedEvaluations(EvaluationService evaluations, RecordStore records, ServiceMetrics metrics) {
        this.evaluations = evaluations;
        this.records = records;
        this.metrics = metrics;
    }

    /** An evaluation and its record, which is null when nothing was stored. */
    public record Recorded(Evaluation evaluation, EvaluationRecord record) {
    }

    /**
     * For a caller of the API, who reads one language: the record holds the report as answered, in that
     * language only (each report's receipt costs a signature, which is slow next to an evaluation).
     */
    public Recorded evaluate(byte[] body, Language language, String caller, boolean dryRun) {
        if (dryRun || !records.enabled()) {
            Report report = evaluations.evaluate(body, language);
            return new Recorded(new Evaluation(Map.of(language, report), List.of(), dev.kakuho.rules.Names.NONE), null);
        }
        return store(caller, body, evaluations.evaluate(body, List.of(language)));
    }

    /** In every language, as a report page needs it. */
    public Recorded evaluateInEveryLanguage(byte[] body, String caller, boolean dryRun) {
        Evaluation evaluation = evaluations.evaluateInEveryLanguage(body);
        if (dryRun || !records.enabled()) {
            return new Recorded(evaluation, null);
        }
        return store(caller, body, evaluation);
    }

    private Recorded store(String caller, byte[] body, Evaluation evaluation) {
        EvaluationRecord record = records.record(caller, body, evaluation.reports(), evaluation.sections());
        metrics.recordStored();
        return new Recorded(evaluation, record);
    }

    public boolean recording() {
        return records.enabled();
    }
}
