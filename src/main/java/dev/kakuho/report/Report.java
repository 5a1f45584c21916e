package dev.kakuho.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kakuho.rules.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
        String mineral,
        Map<Status, Integer> summary,
        List<CriterionResult> criteria,
        List<ReviewItem> reviewItems,
        List<NationalTargetShare> nationalTargets,
        List<String> warnings) {

    /** The rule set used, with a hash of its files so the decision can be reproduced. */
    public record RuleSetRef(String id, String material, LocalDate revision, LocalDate appliesFrom, String title,
                             String source, String contentHash) {
    }

    /** A clause as cited: reference, the quoted Japanese text, a one-line English summary. */
    public record Clause(String ref, String text, String summary) {
    }

    /** One criterion's result. */
    public record CriterionResult(
            String id,
            String section,
            Status status,
            Clause clause,
            String reason,
            Map<String, Object> facts,
            List<String> missing,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Finding> findings) {
    }

    /** A result about one element of the plan, e.g. one planned transfer. */
    public record Finding(String subject, Status status, String reason, Map<String, Object> facts) {
    }

    /** Something a human reviewer must still judge, with the plan's evidence. */
    public record ReviewItem(String criterion, String clauseRef, Status status, String note, Map<String, Object> evidence) {
    }

    /** The plan's annual supply to Japan against a 2030 national target of 第1章第2節. */
    public record NationalTargetShare(String target, String ref, double targetTonnesPerYear, Double planTonnesPerYear,
                                      Double sharePercent, String note) {
    }
}
