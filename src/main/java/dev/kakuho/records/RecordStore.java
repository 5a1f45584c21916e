package dev.kakuho.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakuho.report.Report;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.Section;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Every evaluation stored as an {@link EvaluationRecord}, signed, under an unguessable id; read back
 * by id or listed; deleted when past {@code records.keep} (checked every {@code records.purge-interval})
 * or, by an admin, all of one plan. With {@code records.enabled=false} nothing is stored or opened.
 */
@ApplicationScoped
public class RecordStore {

    private static final Logger LOG = Logger.getLogger(RecordStore.class);

    private final RecordsConfig config;
    private final ReceiptSigner signer;
    private final ObjectMapper json;
    private final String applicationVersion;
    private final Retention retention;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private volatile RecordDatabase database;
    private boolean stopped;
    private ScheduledExecutorService purger;

    @Inject
    public RecordStore(RecordsConfig config, ReceiptSigner signer, ObjectMapper json,
                       @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String applicationVersion) {
        this.config = config;
        this.signer = signer;
        this.json = json;
        this.applicationVersion = applicationVersion;
        this.retention = Retention.parse(config.keep());
    }

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            LOG.info("Evaluation records are switched off (records.enabled=false): reports are kept in memory only");
            return;
        }
        RecordDatabase open = database(); // opened already if the publication log was read first
        signer.keyId(); // a missing or broken signing key stops the start, not the first evaluation
        LOG.infof("Evaluation records in %s (kept %s)", open.vendor().equals("h2") ? url() : "PostgreSQL", config.keep());
        long every = Math.max(1000, config.purgeInterval().toMillis());
        purger = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "records-retention");
            thread.setDaemon(true);
            return thread;
        });
        purger.scheduleWithFixedDelay(this::purgeQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    synchronized void stop(@Observes ShutdownEvent stopping) {
        stopped = true;
        if (purger != null) {
            purger.shutdownNow();
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private String url() {
        return config.database().url().orElseGet(() -> embeddedUrl(config.dataDir()));
    }

    /** The embedded database: H2 in a file under the data directory, kept open until the service stops. */
    public static String embeddedUrl(java.nio.file.Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("records") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    public boolean enabled() {
        return config.enabled();
    }

    public Retention retention() {
        return retention;
    }

    /**
     * Stores one evaluation: the plan as received, its report in each language written, each signed.
     *
     * @param caller the API key's id, or null
     */
    public EvaluationRecord record(String caller, byte[] plan, Map<Language, Report> reports, List<Section> sections) {
        Report any = reports.values().iterator().next();
        Report.RuleSetRef ruleSet = any.ruleSet();
        String id = newId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<EvaluationRecord.SectionTitle> titles = sections.stream()
                .map(s -> new EvaluationRecord.SectionTitle(s.id(), s.ref(), s.titleJa(), s.titleEn())).toList();
        EvaluationRecord unsigned = new EvaluationRecord(id, now, caller, any.planId(), plan.clone(), sha256(plan),
                new EvaluationRecord.RuleSetRef(ruleSet.id(), ruleSet.revision(), ruleSet.contentHash()), applicationVersion,
                any.outcome(), titles, signer.keyId(), Map.of());
        Map<Language, EvaluationRecord.WrittenReport> written = new EnumMap<>(Language.class);
        for (Map.Entry<Language, Report> report : reports.entrySet()) {
            String text = write(report.getValue());
            byte[] payload = Receipt.of(unsigned, report.getKey(), null).payload(text);
            written.put(report.getKey(), new EvaluationRecord.WrittenReport(text, signer.sign(payload)));
        }
        EvaluationRecord record = new EvaluationRecord(id, now, caller, unsigned.planId(), unsigned.plan(), unsigned.planSha256(),
                unsigned.ruleSet(), applicationVersion, unsigned.outcome(), titles, unsigned.signingKeyId(), written);
        database().insert(record);
        return record;
    }

    public Optional<EvaluationRecord> find(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{22}")) {
            return Optional.empty();
        }
        return database().find(id);
    }

    /** Appends a reviewer's judgement to a record (validated by the caller); the history is kept. */
    public Judgement judge(String recordId, String target, Judgement.Verdict verdict, String note, String reviewer) {
        return database().appendJudgement(recordId, target, verdict, note, reviewer,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Every judgement on a record, oldest first. */
    public List<Judgement> judgements(String recordId) {
        return database().judgements(recordId);
    }

    public RecordPage list(RecordQuery query, String cursor, int limit) {
        return database().list(query, cursor, limit);
    }

    public int deleteByPlanId(String planId) {
        int deleted = database().deleteByPlanId(planId);
        LOG.infof("Deleted %d records of plan %s on an admin's request", deleted, planId);
        return deleted;
    }

    /** Deletes the records past {@code records.keep} at {@code now}; returns how many. */
    public int purgeExpired(Instant now) {
        int deleted = database().deleteCreatedBefore(retention.cutoff(now));
        if (deleted > 0) {
            LOG.infof("Deleted %d records past records.keep (%s)", deleted, config.keep());
        }
        return deleted;
    }

    /** The receipt's payload as signed, for the report in {@code language} of {@code record}. */
    public byte[] payload(EvaluationRecord record, Language language) {
        return record.receipt(language).payload(record.reports().get(language).json());
    }

    public boolean verify(EvaluationRecord record, Language language) {
        return signer.verify(payload(record, language), record.reports().get(language).signature());
    }

    public ReceiptSigner signer() {
        return signer;
    }

    private void purgeQuietly() {
        try {
            purgeExpired(clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf("Could not delete expired records: %s", e.getMessage());
        }
    }

    /**
     * The database, opened (and its schema migrated) by whichever comes first: the start of the service,
     * or the rules' publication log at the rules' first load.
     */
    RecordDatabase database() {
        RecordDatabase open = database;
        if (open != null) {
            return open;
        }
        synchronized (this) {
            if (database == null) {
                if (!config.enabled() || stopped) {
                    throw new IllegalStateException("evaluation records are switched off or the service is stopping");
                }
                database = RecordDatabase.open(url(), config.database().user().orElse(null),
                        config.database().password().orElse(null), config.database().poolSize());
            }
            return database;
        }
    }

    private String write(Report report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written as JSON", e);
        }
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
