package dev.kakuho.records;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakuho.rules.Language;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Proof that a report is what the service answered: the record, the plan's SHA-256, the rule set's
 * content hash, the application's version and the time, signed (Ed25519) together with the report.
 *
 * <p>The signed bytes are the canonical JSON ({@link CanonicalJson}) of
 * {@code {"receipt": <this receipt without "signature">, "report": <the report>}}.
 */
public record Receipt(String recordId, String time, String planSha256, String ruleSetContentHash, String applicationVersion,
                      String language, String algorithm, String keyId, String signature) {

    public static final String ALGORITHM = "Ed25519";

    static Receipt of(EvaluationRecord record, Language language, String signature) {
        return new Receipt(record.id(), time(record.createdAt()), record.planSha256(), record.ruleSet().contentHash(),
                record.applicationVersion(), language.code(), ALGORITHM, record.signingKeyId(), signature);
    }

    /** ISO-8601 in UTC with milliseconds, the form records keep their time in. */
    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** The exact bytes the signature is over, for the report given as JSON text. */
    public byte[] payload(String reportJson) {
        ObjectNode signed = JsonNodeFactory.instance.objectNode();
        ObjectNode fields = signed.putObject("receipt");
        fields.put("recordId", recordId);
        fields.put("time", time);
        fields.put("planSha256", planSha256);
        fields.put("ruleSetContentHash", ruleSetContentHash);
        fields.put("applicationVersion", applicationVersion);
        fields.put("language", language);
        fields.put("algorithm", algorithm);
        fields.put("keyId", keyId);
        signed.set("report", CanonicalJson.read(reportJson));
        return CanonicalJson.of(signed);
    }

    public String payloadText(String reportJson) {
        return new String(payload(reportJson), StandardCharsets.UTF_8);
    }
}
