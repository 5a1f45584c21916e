package dev.kakuho.web;

import dev.kakuho.records.Judgement;
import dev.kakuho.records.Receipt;
import dev.kakuho.report.Report;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.Names;
import dev.kakuho.rules.Reasons;
import dev.kakuho.rules.Leaning;
import dev.kakuho.rules.Section;
import dev.kakuho.rules.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the HTML report shows: the report in one language, its criteria grouped by the policy's
 * sections, the FAIL and MISSING ones gathered for the summary, and where the report can be found again.
 */
public record ReportPage(String id, Language language, Names names, Report report, List<SectionView> sections,
                         List<Report.CriterionResult> attention, List<StatusCount> counts,
                         List<Report.ReviewItem> reviewItems, List<LeaningCount> leanings, Instant storedAt,
                         Instant expiresAt, long keptMinutes, boolean recorded, List<Judgement> judgements,
                         String judgementProblem, PrintedReceipt receipt) {

    /**
     * The receipt as printed at the end of the report: the hashes, the key and a fingerprint of the
     * signature (its SHA-256, shortened); never the record id, which is the report's secret address.
     */
    public record PrintedReceipt(String time, String planSha256, String ruleSetContentHash, String applicationVersion,
                                 String algorithm, String keyId, String signatureFingerprint) {

        public static PrintedReceipt of(Receipt receipt) {
            String fingerprint;
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(receipt.signature().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                fingerprint = java.util.HexFormat.ofDelimiter(":").formatHex(digest, 0, 16);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return new PrintedReceipt(receipt.time(), receipt.planSha256(), receipt.ruleSetContentHash(),
                    receipt.applicationVersion(), receipt.algorithm(), receipt.keyId(), fingerprint);
        }
    }

    /** The not-applicable criteria, listed compactly in print instead of as cards. */
    public List<Report.CriterionResult> notApplicable() {
        return report.criteria().stream().filter(c -> c.status() == Status.NOT_APPLICABLE).toList();
    }

    /** The current judgement (the latest) on a review item's criterion, or null. */
    public Judgement judgementOf(String criterion) {
        Judgement latest = null;
        for (Judgement judgement : judgements) {
            if (judgement.target().equals(criterion)) {
                latest = judgement;
            }
        }
        return latest;
    }

    /** The reviewer's current conclusion on the plan, or null. */
    public Judgement conclusion() {
        return judgementOf(Judgement.CONCLUSION);
    }

    /** Review items with no judgement yet. */
    public int openItems() {
        return (int) reviewItems.stream().filter(item -> judgementOf(item.criterion()) == null).count();
    }

    /** Judgements can be recorded on a stored record only (not on a report kept in memory). */
    public boolean judgeable() {
        return recorded;
    }

    /** A section of the policy with its criteria, in catalogue order. */
    public record SectionView(String id, String ref, String title, List<Report.CriterionResult> criteria) {
    }

    /** How many criteria have one status. */
    public record StatusCount(Status status, int count) {
    }

    /** How many review items lean one way. */
    public record LeaningCount(Leaning leaning, int count) {
    }

    public static ReportPage of(ReportStore.Stored stored, Language language, List<Judgement> judgements, String judgementProblem,
                                PrintedReceipt receipt) {
        Report report = stored.evaluation().report(language);
        Map<String, List<Report.CriterionResult>> bySection = new LinkedHashMap<>();
        for (Report.CriterionResult criterion : report.criteria()) {
            bySection.computeIfAbsent(criterion.section(), s -> new ArrayList<>()).add(criterion);
        }
        List<SectionView> sections = new ArrayList<>();
        for (Section section : stored.evaluation().sections()) {
            List<Report.CriterionResult> criteria = bySection.remove(section.id());
            if (criteria != null) {
                sections.add(new SectionView(section.id(), section.ref(),
                        language == Language.EN ? section.titleEn() : section.titleJa(), List.copyOf(criteria)));
            }
        }
        // a criterion naming a section the catalogue lacks cannot load today; shown rather than lost if it ever does
        bySection.forEach((id, criteria) -> sections.add(new SectionView(id, id, id, List.copyOf(criteria))));

        List<Report.CriterionResult> attention = new ArrayList<>();
        for (Status status : List.of(Status.FAIL, Status.MISSING)) {
            report.criteria().stream().filter(c -> c.status() == status).forEach(attention::add);
        }
        List<StatusCount> counts = new ArrayList<>();
        for (Status status : Status.values()) {
            counts.add(new StatusCount(status, report.summary().getOrDefault(status, 0)));
        }
        // the reviewer's checklist: those leaning against first, then neutral, then supporting, each in catalogue order
        List<Report.ReviewItem> reviewItems = report.reviewItems().stream()
                .sorted(Comparator.comparing(Report.ReviewItem::leaning)).toList();
        List<LeaningCount> leanings = new ArrayList<>();
        for (Leaning leaning : Leaning.values()) {
            leanings.add(new LeaningCount(leaning, report.reviewSummary().getOrDefault(leaning, 0)));
        }
        return new ReportPage(stored.id(), language, stored.evaluation().names(), report, List.copyOf(sections), List.copyOf(attention),
                List.copyOf(counts), reviewItems, List.copyOf(leanings), stored.storedAt(), stored.expiresAt(),
                java.time.Duration.between(stored.storedAt(), stored.expiresAt()).toMinutes(), stored.recorded(),
                List.copyOf(judgements), judgementProblem, receipt);
    }

    public boolean pass() {
        return report.outcome() == dev.kakuho.report.Outcome.PASS;
    }

    /** A fact's label in the report's language (names.yaml); the JSON report keeps the machine key. */
    public String label(String fact) {
        return names.label(fact, language);
    }

    /** A fact's value as the reasons write it, codes (minerals, activities, countries…) by their names. */
    public String shown(Object value) {
        return Reasons.format(names.name(value, language), language);
    }

    /** A code (the plan's mineral, its activity) by its name in the report's language. */
    public String named(String code) {
        return String.valueOf(names.name(code, language));
    }

    /** The references a result cites: its sub-clauses', else its clause's. */
    public String cited(Report.CriterionResult result) {
        if (result.subClauses() == null || result.subClauses().isEmpty()) {
            return result.clause().ref();
        }
        return String.join("、", result.subClauses().stream().map(Report.SubClause::ref).toList());
    }

    public boolean english() {
        return language == Language.EN;
    }

    public String lang() {
        return language.code();
    }
}
