package dev.kakuho.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.kakuho.records.EvaluationRecord;
import dev.kakuho.evaluation.EvaluationService;
import dev.kakuho.evaluation.EvaluationService.Evaluation;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a record's plan again under the rule set with the record's content hash, if that rule
 * set is loaded, and compares the new reports with the recorded ones, criterion by criterion.
 */
@ApplicationScoped
public class RecordReplay {

    /** identical, different, or rule-set-not-loaded (nothing was evaluated). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "A replay of a record: identical, different, or not possible.")
    public record Result(@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The record replayed.") String recordId, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "identical, different, or rule-set-not-loaded.") String result,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The rule set of the record.") EvaluationRecord.RuleSetRef ruleSet, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The outcome recorded.") String recordedOutcome,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The outcome of the replay.") String replayedOutcome, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "What differs, field by field.") List<Difference> differences, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Why a replay was not possible, when it was not.") String detail) {
    }

    /** One field that differs: of a criterion (by id), or of the report ({@code criterion} null). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "One field that differs between the recorded and the replayed report.")
    public record Difference(@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The report's language.") String language, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The criterion, or null for the report as a whole.") String criterion, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The field.") String field,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The value recorded.", implementation = Object.class) JsonNode recorded,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The value replayed.", implementation = Object.class) JsonNode replayed) {
    }

    private final EvaluationService evaluations;
    private final RuleSetRegistry registry;
    private final ObjectMapper json;

    @Inject
    public RecordReplay(EvaluationService evaluations, RuleSetRegistry registry, ObjectMapper json) {
        this.evaluations = evaluations;
        this.registry = registry;
        this.json = json;
    }

    public Result replay(EvaluationRecord record) {
        String hash = record.ruleSet().contentHash();
        Optional<RuleSet> ruleSet = registry.entries().stream().map(RuleSetRegistry.Entry::ruleSet)
                .filter(r -> r != null && r.contentHash().equals(hash)).findFirst();
        if (ruleSet.isEmpty()) {
            return new Result(record.id(), "rule-set-not-loaded", record.ruleSet(), record.outcome().name(), null, List.of(),
                    "The rule set " + record.ruleSet().id() + " " + record.ruleSet().revision() + " with content hash " + hash
                            + " is not loaded (the rules have changed since); load that version of the rules to replay this record.");
        }
        Evaluation again = evaluations.evaluateUnder(ruleSet.get(), record.plan());
        List<Difference> differences = new ArrayList<>();
        String replayedOutcome = null;
        for (Map.Entry<Language, EvaluationRecord.WrittenReport> written : record.reports().entrySet()) {
            JsonNode recorded = read(written.getValue().json());
            JsonNode replayed = read(write(again.report(written.getKey())));
            replayedOutcome = replayed.path("outcome").asText();
            compare(written.getKey().code(), recorded, replayed, differences);
        }
        return new Result(record.id(), differences.isEmpty() ? "identical" : "different", record.ruleSet(),
                record.outcome().name(), replayedOutcome, List.copyOf(differences), null);
    }

    private static void compare(String language, JsonNode recorded, JsonNode replayed, List<Difference> out) {
        for (String field : fields(recorded, replayed)) {
            if (field.equals("criteria")) {
                continue;
            }
            JsonNode a = recorded.path(field);
            JsonNode b = replayed.path(field);
            if (!a.equals(b)) {
                out.add(new Difference(language, null, field, orNull(a), orNull(b)));
            }
        }
        Map<String, JsonNode> before = byId(recorded.path("criteria"));
        Map<String, JsonNode> after = byId(replayed.path("criteria"));
        Set<String> ids = new LinkedHashSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            JsonNode a = before.getOrDefault(id, NullNode.getInstance());
            JsonNode b = after.getOrDefault(id, NullNode.getInstance());
            if (a.isNull() || b.isNull()) {
                out.add(new Difference(language, id, "criterion", a, b));
                continue;
            }
            for (String field : fields(a, b)) {
                if (!a.path(field).equals(b.path(field))) {
                    out.add(new Difference(language, id, field, orNull(a.path(field)), orNull(b.path(field))));
                }
            }
        }
    }

    private static Set<String> fields(JsonNode a, JsonNode b) {
        Set<String> names = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, JsonNode> byId(JsonNode criteria) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        Iterator<JsonNode> each = criteria.elements();
        while (each.hasNext()) {
            JsonNode criterion = each.next();
            byId.put(criterion.path("id").asText(), criterion);
        }
        return byId;
    }

    private String write(Object report) {
        try {
            return json.writeValueAsString(report);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the replayed report could not be written as JSON", e);
        }
    }

    private static JsonNode orNull(JsonNode node) {
        return node.isMissingNode() ? NullNode.getInstance() : node;
    }

    /** Numbers read exactly, so 55.0 and 55.00 are not a difference but 55.0 and 55.1 are. */
    private static JsonNode read(String text) {
        return dev.kakuho.records.CanonicalJson.read(text);
    }
}
