package dev.kakuho.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kakuho.report.Outcome;
import dev.kakuho.rules.Language;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every records database must do; run against the embedded H2 and against PostgreSQL. */
abstract class RecordDatabaseContract {

    static final KeyPair KEYS = Ed25519Keys.generate();

    /** A JDBC URL (user and password in it where needed) of a database the test may write to. */
    abstract String url();

    private RecordDatabase database;
    private String planId;

    @BeforeEach
    void open() {
        database = RecordDatabase.open(url(), null, null, 8);
        planId = "T-" + UUID.randomUUID().toString().substring(0, 18); // records of earlier runs stay apart
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aRecordSurvivesClosingAndReopeningTheDatabaseUnchanged() {
        EvaluationRecord written = record(planId, Instant.now().truncatedTo(ChronoUnit.MILLIS), Outcome.PASS);
        database.insert(written);
        database.close();
        database = RecordDatabase.open(url(), null, null, 2);

        EvaluationRecord read = database.find(written.id()).orElseThrow();
        assertEquals(written.createdAt(), read.createdAt());
        assertEquals(written.caller(), read.caller());
        assertEquals(written.planId(), read.planId());
        assertArrayEquals(written.plan(), read.plan());
        assertEquals(written.planSha256(), read.planSha256());
        assertEquals(written.ruleSet(), read.ruleSet());
        assertEquals(written.applicationVersion(), read.applicationVersion());
        assertEquals(written.outcome(), read.outcome());
        assertEquals(written.sections(), read.sections());
        assertEquals(written.signingKeyId(), read.signingKeyId());
        assertEquals(written.reports(), read.reports());
        Receipt receipt = read.receipt(Language.EN);
        assertTrue(Ed25519Keys.verify(KEYS.getPublic(), receipt.payload(read.reports().get(Language.EN).json()),
                Base64.getDecoder().decode(receipt.signature())), "the receipt read back still verifies");
    }

    @Test
    void eightThreadsStoringAtOnceGetExactlyOneRecordEach() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            tasks.add(() -> {
                EvaluationRecord record = record(planId, Instant.now().truncatedTo(ChronoUnit.MILLIS), Outcome.FAIL);
                database.insert(record);
                return record.id();
            });
        }
        Set<String> ids = new HashSet<>();
        try {
            for (Future<String> done : threads.invokeAll(tasks)) {
                ids.add(done.get());
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(80, ids.size());
        assertEquals(80, database.count(planId));
        for (String id : ids) {
            assertEquals(planId, database.find(id).orElseThrow().planId());
        }
    }

    @Test
    void retentionDeletesWhatIsPastTheKeepingTimeOnly() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Retention keep = Retention.parse("P10Y");
        EvaluationRecord old = record(planId, now.atOffset(java.time.ZoneOffset.UTC).minusYears(10).minusDays(1).toInstant(), Outcome.PASS);
        EvaluationRecord young = record(planId, now.atOffset(java.time.ZoneOffset.UTC).minusYears(10).plusDays(1).toInstant(), Outcome.PASS);
        database.insert(old);
        database.insert(young);

        assertTrue(database.deleteCreatedBefore(keep.cutoff(now)) >= 1);
        assertEquals(Optional.empty(), database.find(old.id()));
        assertTrue(database.find(young.id()).isPresent());
    }

    @Test
    void listsNewestFirstInPagesFilteredByPlanOutcomeAndTime() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<EvaluationRecord> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            EvaluationRecord record = record(planId, start.plus(i, ChronoUnit.HOURS), i % 2 == 0 ? Outcome.PASS : Outcome.FAIL);
            database.insert(record);
            written.add(record);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RecordPage page = database.list(new RecordQuery(planId, null, null, null), cursor, 2);
            page.items().forEach(item -> seen.add(item.id()));
            cursor = page.next();
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(List.of(written.get(4).id(), written.get(3).id(), written.get(2).id(), written.get(1).id(), written.get(0).id()), seen);

        RecordPage failed = database.list(new RecordQuery(planId, Outcome.FAIL, null, null), null, 10);
        assertEquals(List.of(written.get(3).id(), written.get(1).id()), failed.items().stream().map(RecordSummary::id).toList());
        assertNull(failed.next());

        RecordPage window = database.list(new RecordQuery(planId, null, start.plus(1, ChronoUnit.HOURS), start.plus(3, ChronoUnit.HOURS)), null, 10);
        assertEquals(List.of(written.get(2).id(), written.get(1).id()), window.items().stream().map(RecordSummary::id).toList());
    }

    @Test
    void deletingAPlansRecordsLeavesOtherPlansAlone() {
        String other = planId + "-other";
        EvaluationRecord mine = record(planId, Instant.now().truncatedTo(ChronoUnit.MILLIS), Outcome.PASS);
        EvaluationRecord theirs = record(other, Instant.now().truncatedTo(ChronoUnit.MILLIS), Outcome.PASS);
        database.insert(mine);
        database.insert(theirs);
        assertEquals(1, database.deleteByPlanId(planId));
        assertTrue(database.find(mine.id()).isEmpty());
        assertTrue(database.find(theirs.id()).isPresent());
        database.deleteByPlanId(other);
    }

    static EvaluationRecord record(String planId, Instant at, Outcome outcome) {
        byte[] plan = ("{\"planId\":\"" + planId + "\",\"note\":\"日本語\"}").getBytes(StandardCharsets.UTF_8);
        byte[] id = new byte[16];
        new java.security.SecureRandom().nextBytes(id);
        EvaluationRecord unsigned = new EvaluationRecord(Base64.getUrlEncoder().withoutPadding().encodeToString(id), at, "key-a",
                planId, plan, RecordStore.sha256(plan), new EvaluationRecord.RuleSetRef("critical-minerals",
                LocalDate.parse("2026-03-30"), "sha256:abc"), "1.0-test", outcome,
                List.of(new EvaluationRecord.SectionTitle("s1", "第3章第1節", "目的", "Purpose")), "kid", Map.of());
        Map<Language, EvaluationRecord.WrittenReport> reports = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String json = "{\"planId\":\"" + planId + "\",\"outcome\":\"" + outcome + "\",\"language\":\"" + language.code()
                    + "\",\"share\":55.0,\"reason\":\"供給 \\\"確保\\\"\"}";
            byte[] payload = Receipt.of(unsigned, language, null).payload(json);
            reports.put(language, new EvaluationRecord.WrittenReport(json,
                    Base64.getEncoder().encodeToString(Ed25519Keys.sign(KEYS.getPrivate(), payload))));
        }
        return new EvaluationRecord(unsigned.id(), at, unsigned.caller(), planId, plan, unsigned.planSha256(), unsigned.ruleSet(),
                unsigned.applicationVersion(), outcome, unsigned.sections(), unsigned.signingKeyId(), reports);
    }
}
