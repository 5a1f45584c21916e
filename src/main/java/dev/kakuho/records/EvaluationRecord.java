package dev.kakuho.records;

import dev.kakuho.report.Outcome;
import dev.kakuho.rules.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One evaluation as the service answered it, written once and never changed: who asked, the plan as
 * received and its SHA-256, the rule set that judged it, the application's version, the outcome, and
 * the report in each language it was written in, each with its receipt's signature.
 *
 * @param caller the id of the API key the request carried ({@code admin} for the admin token), never
 *               the key; null when evaluation is open and none was sent
 * @param sections the policy's sections (id, ref, titles) the report page groups criteria by
 */
public record EvaluationRecord(String id, Instant createdAt, String caller, String planId, byte[] plan, String planSha256,
                               RuleSetRef ruleSet, String applicationVersion, Outcome outcome, List<SectionTitle> sections,
                               String signingKeyId, Map<Language, WrittenReport> reports) {

    public EvaluationRecord {
        sections = List.copyOf(sections);
        reports = Map.copyOf(reports);
    }

    /** The rule set that judged the plan: enough to find it again. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The rule set that judged a plan.")
    public record RuleSetRef(@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The rule set's id.") String id, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Its revision.") LocalDate revision, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "sha256 of its files.") String contentHash) {
    }

    /** A section of the policy as the report page shows it. */
    public record SectionTitle(String id, String ref, String titleJa, String titleEn) {
    }

    /** The report JSON as answered, and the base64 Ed25519 signature of its receipt. */
    public record WrittenReport(String json, String signature) {
    }

    /** The receipt of the report in {@code language}. */
    public Receipt receipt(Language language) {
        WrittenReport written = reports.get(language);
        return written == null ? null : Receipt.of(this, language, written.signature());
    }

    public RecordSummary summary() {
        return new RecordSummary(id, createdAt, caller, planId, outcome, planSha256, ruleSet, applicationVersion);
    }
}
