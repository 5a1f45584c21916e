package dev.kakuho.web;

import dev.kakuho.plan.FieldError;
import dev.kakuho.plan.InvalidPlanException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakuho.evaluation.EvaluationService.Evaluation;
import dev.kakuho.evaluation.RecordedEvaluations;
import dev.kakuho.records.EvaluationRecord;
import dev.kakuho.records.Judgement;
import dev.kakuho.records.JudgementCheck;
import dev.kakuho.records.RecordStore;
import dev.kakuho.report.Report;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.NoRuleSetException;
import dev.kakuho.rules.Section;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates plans sent from the page or asking for HTML, keeps each report as an evaluation record
 * (or, with records switched off or for a dry run, in the in-memory {@link ReportStore}), and fills the templates: the report, the form (with the problems of a plan that could not be
 * evaluated, placed on its lines), and the answer for an expired report.
 */
@ApplicationScoped
public class ReportPages {

    /** What became of a submitted plan. */
    public sealed interface Submission permits Accepted, Refused {
    }

    /** Evaluated and stored. */
    public record Accepted(ReportStore.Stored stored) implements Submission {
    }

    /** Not evaluated: the HTTP status and the form showing why. */
    public record Refused(int status, TemplateInstance page) implements Submission {
    }

    @Inject
    RecordedEvaluations evaluations;

    @Inject
    RecordStore records;

    @Inject
    dev.kakuho.rules.RuleSetRegistry registry;

    @Inject
    ObjectMapper json;

    @Inject
    ReportStore store;

    @Inject
    Examples examples;

    /**
     * @param caller the API key's id for the record, or null
     * @param dryRun kept in memory only, never recorded
     */
    public Submission submit(byte[] body, Language language, String selectedExample, String caller, boolean dryRun) {
        try {
            RecordedEvaluations.Recorded recorded = evaluations.evaluateInEveryLanguage(body, caller, dryRun);
            if (recorded.record() != null) {
                EvaluationRecord record = recorded.record();
                return new Accepted(new ReportStore.Stored(record.id(), recorded.evaluation(), record.createdAt(),
                        records.retention().expiry(record.createdAt()), true));
            }
            return new Accepted(store.put(recorded.evaluation()));
        } catch (InvalidPlanException e) {
            String text = new String(body, StandardCharsets.UTF_8);
            return new Refused(400, index(language, selectedExample, text,
                    IndexPage.Problems.of(e.kind(), e.getMessage(), text, e.errors(), null)));
        } catch (NoRuleSetException e) {
            String text = new String(body, StandardCharsets.UTF_8);
            Report.Clause provision = e.provision() == null ? null
                    : new Report.Clause(e.provision().ref(), e.provision().text(), null);
            List<FieldError> errors = List.of(new FieldError("/applicationDate",
                    "no loaded revision applies on " + e.applicationDate()));
            return new Refused(422, index(language, selectedExample, text,
                    IndexPage.Problems.of("no-rule-set-for-date", e.getMessage(), text, errors, provision)));
        }
    }

    /** A report kept in memory (dry runs, or all with records off), else the record of that id. */
    public Optional<ReportStore.Stored> stored(String id) {
        Optional<ReportStore.Stored> inMemory = store.get(id);
        if (inMemory.isPresent() || !records.enabled()) {
            return inMemory;
        }
        return records.find(id).map(this::stored);
    }

    /** A record as a report page shows it: its reports read back, its sections by title. */
    public ReportStore.Stored stored(EvaluationRecord record) {
        Map<Language, Report> reports = new EnumMap<>(Language.class);
        try {
            for (Map.Entry<Language, EvaluationRecord.WrittenReport> written : record.reports().entrySet()) {
                reports.put(written.getKey(), json.readValue(written.getValue().json(), Report.class));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record " + record.id() + " holds a report that cannot be read", e);
        }
        List<Section> sections = record.sections().stream()
                .map(s -> new Section(s.id(), s.ref(), s.titleJa(), s.titleEn(), List.of())).toList();
        return new ReportStore.Stored(record.id(), new Evaluation(reports, sections, namesOf(record)), record.createdAt(),
                records.retention().expiry(record.createdAt()), true);
    }

    /** The names of codes and facts of the rule set that wrote a record, while that rule set is loaded. */
    private dev.kakuho.rules.Names namesOf(EvaluationRecord record) {
        String hash = record.ruleSet().contentHash();
        return registry.entries().stream().map(dev.kakuho.rules.RuleSetRegistry.Entry::ruleSet)
                .filter(r -> r != null && r.contentHash().equals(hash)).map(dev.kakuho.rules.RuleSet::names)
                .findFirst().orElse(dev.kakuho.rules.Names.NONE);
    }

    /** The report in {@code language}, or, for a record of the API written in one language only, in that one. */
    public TemplateInstance report(ReportStore.Stored stored, Language language) {
        return report(stored, language, null);
    }

    /** The report with its judgements, and (when a judgement from the page was refused) why. */
    public TemplateInstance report(ReportStore.Stored stored, Language language, String judgementProblem) {
        Map<Language, Report> written = stored.evaluation().reports();
        Language shown = written.containsKey(language) ? language : written.keySet().iterator().next();
        List<Judgement> judgements = List.of();
        ReportPage.PrintedReceipt receipt = null;
        if (stored.recorded() && records.enabled()) {
            judgements = records.judgements(stored.id());
            receipt = records.find(stored.id()).filter(r -> r.reports().containsKey(shown))
                    .map(r -> ReportPage.PrintedReceipt.of(r.receipt(shown))).orElse(null);
        }
        return localized(Templates.report(ReportPage.of(stored, shown, judgements, judgementProblem, receipt)), shown);
    }

    /** The criterion ids of a record's review items (the same in every language it was written in). */
    public Set<String> reviewItems(EvaluationRecord record) {
        Set<String> items = new TreeSet<>();
        stored(record).evaluation().reports().values().iterator().next().reviewItems()
                .forEach(item -> items.add(item.criterion()));
        return items;
    }

    /**
     * Appends a judgement sent from the report page to the record {@code id}.
     *
     * @return empty when stored; else the problems, in plain words
     */
    public Optional<List<FieldError>> judge(String id, String target, String verdict, String note, String reviewer) {
        EvaluationRecord record = records.find(id).orElseThrow();
        List<FieldError> problems = JudgementCheck.problems(reviewItems(record), target, verdict, note, reviewer);
        if (!problems.isEmpty()) {
            return Optional.of(problems);
        }
        records.judge(record.id(), target.strip(), Judgement.Verdict.of(verdict).orElseThrow(),
                note == null || note.isBlank() ? null : note.strip(), reviewer.strip());
        return Optional.empty();
    }

    public TemplateInstance index(Language language, String selectedExample, String planText) {
        return index(language, selectedExample, planText, null);
    }

    public TemplateInstance unknownExample(Language language, String id) {
        return index(language, null, "", new IndexPage.Problems("unknown-example", id, List.of(), null, null));
    }

    /** The page again after an upload over the body limit, saying so in the page's language. */
    public TemplateInstance tooLarge(Language language, long limit) {
        return index(language, null, "", new IndexPage.Problems("body-too-large", String.valueOf(limit), List.of(), null, null));
    }

    public TemplateInstance notFound(Language language) {
        return localized(Templates.notFound(new NotFoundPage(language, store.keep().toMinutes(), records.enabled())), language);
    }

    private TemplateInstance index(Language language, String selectedExample, String planText, IndexPage.Problems problems) {
        Map<String, List<Examples.Example>> groups = new LinkedHashMap<>();
        for (Examples.Example example : examples.list()) {
            groups.computeIfAbsent(example.group(), g -> new ArrayList<>()).add(example);
        }
        List<IndexPage.ExampleGroup> grouped = groups.entrySet().stream()
                .map(g -> new IndexPage.ExampleGroup(g.getKey(), List.copyOf(g.getValue()))).toList();
        return localized(Templates.index(new IndexPage(language, grouped, selectedExample, planText, problems)), language);
    }

    private static TemplateInstance localized(TemplateInstance page, Language language) {
        return page.setLocale(Locale.forLanguageTag(language.code()));
    }
}
