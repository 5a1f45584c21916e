package dev.kakuho.web;

import dev.kakuho.plan.FieldError;
import dev.kakuho.plan.InvalidPlanException;
import dev.kakuho.evaluation.EvaluationService;
import dev.kakuho.report.Report;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.NoRuleSetException;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates plans sent from the page or asking for HTML, keeps each report in the {@link ReportStore},
 * and fills the templates: the report, the form (with the problems of a plan that could not be
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
    EvaluationService evaluations;

    @Inject
    ReportStore store;

    @Inject
    Examples examples;

    public Submission submit(byte[] body, Language language, String selectedExample) {
        try {
            return new Accepted(store.put(evaluations.evaluateInEveryLanguage(body)));
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

    public Optional<ReportStore.Stored> stored(String id) {
        return store.get(id);
    }

    public TemplateInstance report(ReportStore.Stored stored, Language language) {
        return localized(Templates.report(ReportPage.of(stored, language)), language);
    }

    public TemplateInstance index(Language language, String selectedExample, String planText) {
        return index(language, selectedExample, planText, null);
    }

    public TemplateInstance unknownExample(Language language, String id) {
        return index(language, null, "", new IndexPage.Problems("unknown-example", id, List.of(), null, null));
    }

    public TemplateInstance notFound(Language language) {
        return localized(Templates.notFound(new NotFoundPage(language, store.keep().toMinutes())), language);
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
