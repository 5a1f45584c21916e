package dev.kakuho.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.kakuho.report.Outcome;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.Publication;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The records in a database reached by JDBC: H2 (embedded, a file) or PostgreSQL, told apart by the
 * URL, each with its own Flyway migrations ({@code db/records/h2}, {@code db/records/postgresql}).
 * Only inserts, reads and deletes: a record is never updated.
 */
public final class RecordDatabase implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<EvaluationRecord.SectionTitle>> SECTIONS = new TypeReference<>() {
    };
    private static final String SUMMARY_COLUMNS = "id, created_at, caller, plan_id, plan_sha256, rule_set_id, "
            + "rule_set_revision, rule_set_content_hash, application_version, outcome";

    private final AgroalDataSource pool;
    private final String vendor;

    private RecordDatabase(AgroalDataSource pool, String vendor) {
        this.pool = pool;
        this.vendor = vendor;
    }

    /** Opens the pool and brings the schema up to date. */
    public static RecordDatabase open(String url, String user, String password, int poolSize) {
        String vendor = vendor(url);
        Class<? extends java.sql.Driver> driver = vendor.equals("postgresql") ? org.postgresql.Driver.class : org.h2.Driver.class;
        AgroalDataSourceConfigurationSupplier configuration = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool
                        .maxSize(Math.max(1, poolSize))
                        .acquisitionTimeout(Duration.ofSeconds(30))
                        .connectionFactoryConfiguration(factory -> {
                            factory.jdbcUrl(url).connectionProviderClass(driver);
                            if (user != null) {
                                factory.principal(new NamePrincipal(user));
                            }
                            if (password != null) {
                                factory.credential(new SimplePassword(password));
                            }
                            return factory;
                        }));
        AgroalDataSource pool;
        try {
            pool = AgroalDataSource.from(configuration);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the records database: " + e.getMessage(), e);
        }
        try {
            Flyway.configure(RecordDatabase.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/records/" + vendor)
                    .table("records_schema_history")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new IllegalStateException("cannot bring the records database's schema up to date: " + e.getMessage(), e);
        }
        return new RecordDatabase(pool, vendor);
    }

    static String vendor(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        if (url.startsWith("jdbc:h2:")) {
            return "h2";
        }
        throw new IllegalArgumentException("records.database.url must be a jdbc:postgresql: or jdbc:h2: URL");
    }

    public String vendor() {
        return vendor;
    }

    public void insert(EvaluationRecord record) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO evaluation_record (id, created_at, caller, "
                        + "plan_id, plan, plan_sha256, rule_set_id, rule_set_revision, rule_set_content_hash, application_version, "
                        + "outcome, sections, signing_key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, record.id());
                    insert.setObject(2, OffsetDateTime.ofInstant(record.createdAt(), ZoneOffset.UTC));
                    insert.setString(3, record.caller());
                    insert.setString(4, record.planId());
                    insert.setBytes(5, record.plan());
                    insert.setString(6, record.planSha256());
                    insert.setString(7, record.ruleSet().id());
                    insert.setObject(8, record.ruleSet().revision());
                    insert.setString(9, record.ruleSet().contentHash());
                    insert.setString(10, record.applicationVersion());
                    insert.setString(11, record.outcome().name());
                    insert.setString(12, JSON.writeValueAsString(record.sections()));
                    insert.setString(13, record.signingKeyId());
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO evaluation_report (record_id, language, report, signature) VALUES (?, ?, ?, ?)")) {
                    for (Map.Entry<Language, EvaluationRecord.WrittenReport> report : record.reports().entrySet()) {
                        insert.setString(1, record.id());
                        insert.setString(2, report.getKey().code());
                        insert.setString(3, report.getValue().json());
                        insert.setString(4, report.getValue().signature());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new RecordsUnavailableException("could not store the record: " + e.getMessage(), e);
        }
    }

    public Optional<EvaluationRecord> find(String id) {
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                     + ", plan, sections, signing_key_id FROM evaluation_record WHERE id = ?");
             PreparedStatement reports = connection.prepareStatement(
                     "SELECT language, report, signature FROM evaluation_report WHERE record_id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                RecordSummary summary = summary(row);
                byte[] plan = row.getBytes("plan");
                List<EvaluationRecord.SectionTitle> sections = JSON.readValue(row.getString("sections"), SECTIONS);
                String keyId = row.getString("signing_key_id");
                Map<Language, EvaluationRecord.WrittenReport> written = new EnumMap<>(Language.class);
                reports.setString(1, id);
                try (ResultSet report = reports.executeQuery()) {
                    while (report.next()) {
                        written.put(Language.valueOf(report.getString("language").toUpperCase(java.util.Locale.ROOT)),
                                new EvaluationRecord.WrittenReport(report.getString("report"), report.getString("signature")));
                    }
                }
                return Optional.of(new EvaluationRecord(summary.id(), summary.createdAt(), summary.caller(), summary.planId(),
                        plan, summary.planSha256(), summary.ruleSet(), summary.applicationVersion(), summary.outcome(),
                        sections, keyId, written));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new RecordsUnavailableException("could not read the record: " + e.getMessage(), e);
        }
    }

    /** Records matching {@code query}, newest first, {@code limit} at most, after {@code cursor} (null: from the newest). */
    public RecordPage list(RecordQuery query, String cursor, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM evaluation_record WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (query.planId() != null) {
            sql.append(" AND plan_id = ?");
            arguments.add(query.planId());
        }
        if (query.outcome() != null) {
            sql.append(" AND outcome = ?");
            arguments.add(query.outcome().name());
        }
        if (query.from() != null) {
            sql.append(" AND created_at >= ?");
            arguments.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" AND created_at < ?");
            arguments.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        if (cursor != null) {
            Cursor after = Cursor.parse(cursor);
            OffsetDateTime at = OffsetDateTime.ofInstant(after.createdAt(), ZoneOffset.UTC);
            sql.append(" AND (created_at < ? OR (created_at = ? AND id < ?))");
            arguments.add(at);
            arguments.add(at);
            arguments.add(after.id());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        arguments.add(limit + 1);
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < arguments.size(); i++) {
                select.setObject(i + 1, arguments.get(i));
            }
            List<RecordSummary> items = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    items.add(summary(row));
                }
            }
            String next = null;
            if (items.size() > limit) {
                items = items.subList(0, limit);
                RecordSummary last = items.get(limit - 1);
                next = new Cursor(last.createdAt(), last.id()).encode();
            }
            return new RecordPage(List.copyOf(items), next);
        } catch (SQLException e) {
            throw new RecordsUnavailableException("could not list records: " + e.getMessage(), e);
        }
    }

    /** Appends a judgement (its seq and time are the database's order and the caller's clock); returns it as stored. */
    public Judgement appendJudgement(String recordId, String target, Judgement.Verdict verdict, String note, String reviewer,
                                     Instant at) {
        try (Connection connection = pool.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO judgement (record_id, target, verdict, note, "
                     + "reviewer, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"seq"})) {
            insert.setString(1, recordId);
            insert.setString(2, target);
            insert.setString(3, verdict.code());
            insert.setString(4, note);
            insert.setString(5, reviewer);
            insert.setObject(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
            long seq;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                seq = keys.getLong(1);
            }
            return new Judgement(seq, recordId, target, verdict, note, reviewer, at);
        } catch (SQLException e) {
            throw new RecordsUnavailableException("could not store the judgement: " + e.getMessage(), e);
        }
    }

    /** Every judgement on a record, oldest first. */
    public List<Judgement> judgements(String recordId) {
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT seq, target, verdict, note, reviewer, recorded_at "
                     + "FROM judgement WHERE record_id = ? ORDER BY seq")) {
            select.setString(1, recordId);
            List<Judgement> all = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    all.add(new Judgement(row.getLong("seq"), recordId, row.getString("target"),
                            Judgement.Verdict.of(row.getString("verdict")).orElseThrow(), row.getString("note"),
                            row.getString("reviewer"), row.getObject("recorded_at", OffsetDateTime.class).toInstant()));
                }
            }
            return List.copyOf(all);
        } catch (SQLException e) {
            throw new RecordsUnavailableException("could not read the judgements: " + e.getMessage(), e);
        }
    }

    /** Appends a publication to the log; returns its place in the log. */
    public long insertPublication(Publication publication) {
        try (Connection connection = pool.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO rule_set_publication (folder, rule_set_id, "
                     + "previous_hash, content_hash, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"seq"})) {
            insert.setString(1, publication.folder());
            insert.setString(2, publication.ruleSetId());
            insert.setString(3, publication.previousHash());
            insert.setString(4, publication.contentHash());
            insert.setString(5, publication.by());
            insert.setObject(6, OffsetDateTime.ofInstant(publication.at(), ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new RecordsUnavailableException("could not log the publication: " + e.getMessage(), e);
        }
    }

    /** The publications logged after place {@code after} in the log (0: all), oldest first. */
    public List<Publication> publicationsAfter(long after) {
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT folder, rule_set_id, previous_hash, content_hash, "
                     + "published_by, published_at FROM rule_set_publication WHERE seq > ? ORDER BY seq")) {
            select.setLong(1, after);
            List<Publication> all = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    all.add(new Publication(row.getString("folder"), row.getString("rule_set_id"), row.getString("previous_hash"),
                            row.getString("content_hash"), row.getString("published_by"),
                            row.getObject("published_at", OffsetDateTime.class).toInstant()));
                }
            }
            return List.copyOf(all);
        } catch (SQLException e) {
            throw new RecordsUnavailableException("could not read the publications: " + e.getMessage(), e);
        }
    }

    /** The place of the latest publication in the log; 0 when there is none. */
    public long lastPublication() {
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM rule_set_publication");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new RecordsUnavailableException("could not read the publications: " + e.getMessage(), e);
        }
    }

    /** Deletes the records made before {@code cutoff}; returns how many. */
    public int deleteCreatedBefore(Instant cutoff) {
        return delete("DELETE FROM evaluation_record WHERE created_at < ?", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
    }

    public int deleteByPlanId(String planId) {
        return delete("DELETE FROM evaluation_record WHERE plan_id = ?", planId);
    }

    public long count(String planId) {
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM evaluation_record WHERE plan_id = ?")) {
            select.setString(1, planId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new RecordsUnavailableException("could not count records: " + e.getMessage(), e);
        }
    }

    /** True when a connection answers a trivial query. */
    public boolean reachable() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    private int delete(String sql, Object argument) {
        try (Connection connection = pool.getConnection(); PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setObject(1, argument);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new RecordsUnavailableException("could not delete records: " + e.getMessage(), e);
        }
    }

    private static RecordSummary summary(ResultSet row) throws SQLException {
        return new RecordSummary(row.getString("id"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getString("caller"), row.getString("plan_id"), Outcome.valueOf(row.getString("outcome")),
                row.getString("plan_sha256"),
                new EvaluationRecord.RuleSetRef(row.getString("rule_set_id"), row.getObject("rule_set_revision", LocalDate.class),
                        row.getString("rule_set_content_hash")),
                row.getString("application_version"));
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Where a page ended: the last record's time and id, opaque to callers. */
    record Cursor(Instant createdAt, String id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\.", 3);
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cursor is not one this service gave", e);
            }
        }
    }
}
