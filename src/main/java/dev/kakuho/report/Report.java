package dev.kakuho.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import dev.kakuho.rules.Leaning;
import dev.kakuho.rules.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answer to one evaluation: the outcome, the rule set that decided it, and one entry per
 * criterion of that rule set in catalogue order, each citing its clause.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(
        String planId,
        Outcome outcome,
        String language,
        RuleSetRef ruleSet,
        String activity,
        String activityName,
        String mineral,
        String mineralName,
        Map<Status, Integer> summary,
        Map<Leaning, Integer> reviewSummary,
        List<CriterionResult> criteria,
        List<ReviewItem> reviewItems,
        List<NationalTargetShare> nationalTargets,
        List<String> warnings,
        @com.fasterxml.jackson.annotation.JsonProperty("case") Case caseFile) {

    /**
     * Which case the report is about, as the plan states it: the applicant (name, 法人番号), the project,
     * the application's type and date, and the plan period. Absent in reports written before it existed.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Case(String applicantName, String corporateNumber, String projectName, String projectCountry,
                       String applicationType, LocalDate applicationDate, LocalDate periodStart, LocalDate periodEnd) {
    }

    /** The rule set used, with a hash of its files so the decision can be reproduced. */
    public record RuleSetRef(String id, String material, LocalDate revision, LocalDate appliesFrom, String title,
                             String source, String contentHash) {
    }

    /** A clause as cited: reference, the quoted Japanese text, a one-line English summary. */
    @JsonSerialize(using = ClauseJson.class)
    public record Clause(String ref, String text, String summary) {
    }

    /**
     * Writes a clause as JSON encoded once: the same few long clause texts go into every report, and
     * encoding them each time was a large part of answering a request. Pretty-printed output (the
     * stored example reports) is written field by field as usual.
     */
    static final class ClauseJson extends StdSerializer<Clause> {

        private static final Map<Clause, SerializedString> ENCODED = new ConcurrentHashMap<>();

        ClauseJson() {
            super(Clause.class);
        }

        @Override
        public void serialize(Clause clause, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (gen.getPrettyPrinter() != null) {
                gen.writeStartObject();
                gen.writeStringField("ref", clause.ref());
                gen.writeStringField("text", clause.text());
                gen.writeStringField("summary", clause.summary());
                gen.writeEndObject();
                return;
            }
            gen.writeRawValue(ENCODED.computeIfAbsent(clause, ClauseJson::encode));
        }

        private static SerializedString encode(Clause clause) {
            JsonStringEncoder quote = JsonStringEncoder.getInstance();
            return new SerializedString("{\"ref\":\"" + new String(quote.quoteAsString(clause.ref()))
                    + "\",\"text\":\"" + new String(quote.quoteAsString(clause.text()))
                    + "\",\"summary\":\"" + new String(quote.quoteAsString(clause.summary())) + "\"}");
        }
    }

    /** One criterion's result. */
    public record CriterionResult(
            String id,
            String section,
            Status status,
            Clause clause,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SubClause> subClauses,
            String reason,
            Map<String, Object> facts,
            List<String> missing,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Finding> findings) {
    }

    /**
     * An item of the criterion's clause that the rules rested on, more precise than the clause
     * (第3章第6節(3)(エ)(v) within (エ)), with its text quoted.
     */
    public record SubClause(String ref, String text) {
    }

    /** A result about one element of the plan, e.g. one planned transfer, citing its sub-clause if its rule names one. */
    public record Finding(String subject, @JsonInclude(JsonInclude.Include.NON_NULL) String clauseRef, Status status,
                          String reason, Map<String, Object> facts) {
    }

    /**
     * Something a human reviewer must still judge, with the plan's evidence and the way the facts
     * lean (the rule's reading; the minister decides).
     */
    public record ReviewItem(String criterion, String clauseRef, Status status, Leaning leaning, String note,
                             Map<String, Object> evidence) {
    }

    /** The plan's annual supply to Japan against a 2030 national target of 第1章第2節. */
    public record NationalTargetShare(String target, String ref, double targetTonnesPerYear, Double planTonnesPerYear,
                                      Double sharePercent, String note) {
    }
}
