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
import dev.kakuho.rules.Remedy;
import dev.kakuho.rules.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to one evaluation: the outcome, the rule set that decided it, and one entry per
 * criterion of that rule set in catalogue order, each citing its clause.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The report of one evaluation (審査結果): the outcome, the rule set that decided it, and one result per "
        + "criterion of that rule set, in catalogue order.")
public record Report(
        @Schema(required = true, description = "The plan's planId (計画番号).") String planId,
        @Schema(required = true, description = "FAIL if any criterion fails; else INCOMPLETE if any lacks facts (MISSING); else PASS.")
        Outcome outcome,
        @Schema(required = true, description = "The language the reasons are written in: ja or en.") String language,
        @Schema(required = true, description = "The rule set that judged the plan.") RuleSetRef ruleSet,
        @Schema(required = true, description = "The plan's activity (取組の類型).") String activity,
        @Schema(description = "The activity's name in the report's language.") String activityName,
        @Schema(required = true, description = "The plan's mineral code (鉱種).") String mineral,
        @Schema(description = "The mineral's name in the report's language.") String mineralName,
        @Schema(required = true, description = "How many criteria have each status.") Map<Status, Integer> summary,
        @Schema(description = "How many review items lean each way.") Map<Leaning, Integer> reviewSummary,
        @Schema(required = true, description = "One result per criterion of the rule set, in catalogue order.")
        List<CriterionResult> criteria,
        @Schema(required = true, description = "What a reviewer must still judge (REVIEW), with the plan's evidence; never blocks a PASS.")
        List<ReviewItem> reviewItems,
        @Schema(description = "The plan's annual supply to Japan against the 2030 national targets of 第1章第2節, for "
                + "information; absent when the rule set has no target for the mineral.")
        List<NationalTargetShare> nationalTargets,
        @Schema(description = "Problems of the rule set met while evaluating (a rule that broke, a criterion no rule decided); "
                + "absent when there were none.")
        List<String> warnings,
        @Schema(description = "Which case the report is about, as the plan states it; absent in reports written before it existed.")
        @com.fasterxml.jackson.annotation.JsonProperty("case") Case caseFile) {

    /**
     * Which case the report is about, as the plan states it: the applicant (name, 法人番号), the project,
     * the application's type and date, and the plan period. Absent in reports written before it existed.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Which case the report is about, as the plan states it.")
    public record Case(
            @Schema(description = "The applicant's name (/applicant/name).") String applicantName,
            @Schema(description = "The applicant's 法人番号 (/applicant/corporateNumber).") String corporateNumber,
            @Schema(description = "The project's name (/project/name).") String projectName,
            @Schema(description = "The project's country (/project/country).") String projectCountry,
            @Schema(description = "NEW or CHANGE (/applicationType).") String applicationType,
            @Schema(description = "The application date (/applicationDate).") LocalDate applicationDate,
            @Schema(description = "The plan period's first day (/period/start).") LocalDate periodStart,
            @Schema(description = "The plan period's last day (/period/end).") LocalDate periodEnd) {
    }

    /** The rule set used, with a hash of its files so the decision can be reproduced. */
    @Schema(description = "The rule set used, with a hash of its files so that the decision can be reproduced.")
    public record RuleSetRef(
            @Schema(required = true, description = "The rule set's id.") String id,
            @Schema(required = true, description = "The specified critical material (特定重要物資) it judges.") String material,
            @Schema(required = true, description = "The revision of the policy (改定日).") LocalDate revision,
            @Schema(required = true, description = "The first application date it judges.") LocalDate appliesFrom,
            @Schema(required = true, description = "Its title.") String title,
            @Schema(required = true, description = "The policy document it implements.") String source,
            @Schema(required = true, description = "sha256 of the rule set's files.") String contentHash) {
    }

    /** A clause as cited: reference, the quoted Japanese text, a one-line English summary. */
    @JsonSerialize(using = ClauseJson.class)
    @Schema(description = "A clause as cited.")
    public record Clause(
            @Schema(required = true, description = "Where the clause is (第3章第4節(2), say).") String ref,
            @Schema(required = true, description = "The clause quoted in Japanese, as the policy words it.") String text,
            @Schema(required = true, description = "A one-line English summary of the clause.") String summary) {
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

    /**
     * One criterion's result. A FAIL or MISSING result carries {@code remedies} where the rules know
     * them: the field to change (JSON pointer) and what it must be, for a form to highlight.
     */
    @Schema(description = "One criterion's result; a FAIL or MISSING result carries remedies where the rules know them.")
    public record CriterionResult(
            @Schema(required = true, description = "The criterion's id (period.mine, say).") String id,
            @Schema(required = true, description = "The section of chapter 3 it belongs to (s4, say).") String section,
            @Schema(required = true, description = "PASS, FAIL, MISSING, REVIEW or NOT_APPLICABLE.") Status status,
            @Schema(required = true, description = "The clause the criterion rests on.") Clause clause,
            @Schema(description = "The items of the clause the rules rested on; absent when none is more precise than the clause.")
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SubClause> subClauses,
            @Schema(required = true, description = "Why, in the report's language.") String reason,
            @Schema(required = true, description = "The figures that decided it, by name.") Map<String, Object> facts,
            @Schema(required = true, description = "For MISSING: the JSON pointers of the plan fields it needs and lacks.")
            List<String> missing,
            @Schema(description = "Results about single elements of the plan (one planned transfer, say); absent when none.")
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Finding> findings,
            @Schema(description = "For FAIL and MISSING: the fields to change (JSON pointers) and what each must be, where the rules know it; absent when none.")
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Remedy> remedies) {
    }

    /**
     * An item of the criterion's clause that the rules rested on, more precise than the clause
     * (第3章第6節(3)(エ)(v) within (エ)), with its text quoted.
     */
    @Schema(description = "An item of a clause, quoted.")
    public record SubClause(
            @Schema(required = true, description = "Where the item is (第3章第6節(3)(エ)(v), say).") String ref,
            @Schema(required = true, description = "The item quoted in Japanese.") String text) {
    }

    /** A result about one element of the plan, e.g. one planned transfer, citing its sub-clause if its rule names one. */
    @Schema(description = "A result about one element of the plan.")
    public record Finding(
            @Schema(required = true, description = "The element's JSON pointer in the plan.") String subject,
            @Schema(description = "The item of the clause it rests on; absent when the rule names none.")
            @JsonInclude(JsonInclude.Include.NON_NULL) String clauseRef,
            @Schema(required = true, description = "Its status.") Status status,
            @Schema(required = true, description = "Why, in the report's language.") String reason,
            @Schema(required = true, description = "The figures that decided it.") Map<String, Object> facts) {
    }

    /**
     * Something a human reviewer must still judge, with the plan's evidence and the way the facts
     * lean (the rule's reading; the minister decides).
     */
    @Schema(description = "Something a reviewer must still judge (審査の確認事項).")
    public record ReviewItem(
            @Schema(required = true, description = "The criterion's id.") String criterion,
            @Schema(required = true, description = "Where its clause is.") String clauseRef,
            @Schema(required = true, description = "The criterion's status.") Status status,
            @Schema(required = true, nullable = true, description = "The way the facts lean, by the rule's reading; the minister decides.")
            Leaning leaning,
            @Schema(required = true, description = "What to judge, in the report's language.") String note,
            @Schema(required = true, description = "The plan's figures bearing on it.") Map<String, Object> evidence) {
    }

    /** The plan's annual supply to Japan against a 2030 national target of 第1章第2節. */
    @Schema(description = "The plan's annual supply to Japan against one 2030 national target.")
    public record NationalTargetShare(
            @Schema(required = true, description = "The target's name, in the report's language.") String target,
            @Schema(required = true, description = "Where the target is set (第1章第2節).") String ref,
            @Schema(required = true, description = "The target, tonnes a year.") double targetTonnesPerYear,
            @Schema(required = true, nullable = true, description = "The plan's supply to Japan, tonnes a year; null when the plan gives none.")
            Double planTonnesPerYear,
            @Schema(required = true, nullable = true, description = "The plan's share of the target, percent; null when it cannot be worked out.")
            Double sharePercent,
            @Schema(required = true, description = "What the figure is for.") String note) {
    }
}
