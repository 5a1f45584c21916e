package dev.kakuho.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What changed between two versions of a rule-set folder, read from the files as written (neither
 * needs to compile): parameters (old → new value, with the clause each comes from), criteria added or
 * removed, clause texts changed, rules added, removed or edited (by rule name).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSetDiff(String before, String after, List<ParameterChange> parameters, List<CriterionChange> criteria,
                          List<RuleChange> rules, List<String> problems) {

    /** A parameter added (before null), removed (after null) or changed. */
    public record ParameterChange(String name, String ref, String before, String after) {
    }

    /** A criterion added, removed, or one of its clause fields ({@code ref}, {@code text}, {@code summary}, …) changed. */
    public record CriterionChange(String id, String ref, String change, String before, String after) {
    }

    /** A rule added, removed or edited, and where it is written on each side. */
    public record RuleChange(String name, String change, String before, String after) {
    }

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final List<String> CLAUSE_FIELDS = List.of("ref", "text", "summary", "statuses", "activities");

    public boolean isEmpty() {
        return parameters.isEmpty() && criteria.isEmpty() && rules.isEmpty();
    }

    /** Compares two rule-set folders (each holding {@code ruleset.yaml}). */
    public static RuleSetDiff between(Path before, Path after) {
        return between(before.toString(), texts(before), after.toString(), texts(after));
    }

    /** Compares two versions of a rule-set folder given as its files' texts (by path relative to the folder). */
    public static RuleSetDiff between(String beforeLabel, Map<String, String> a, String afterLabel, Map<String, String> b) {
        List<String> problems = new ArrayList<>();
        return new RuleSetDiff(beforeLabel, afterLabel,
                parameters(yaml(a, RuleSetLoader.PARAMETERS, problems, "before"), yaml(b, RuleSetLoader.PARAMETERS, problems, "after")),
                criteria(yaml(a, RuleSetLoader.CLAUSES, problems, "before"), yaml(b, RuleSetLoader.CLAUSES, problems, "after")),
                rules(a, b, problems), problems);
    }

    private static List<ParameterChange> parameters(JsonNode before, JsonNode after) {
        List<ParameterChange> changes = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode was = before.path(name);
            JsonNode is = after.path(name);
            String ref = is.path("ref").asText(was.path("ref").asText(null));
            if (!Objects.equals(was.get("value"), is.get("value"))) {
                changes.add(new ParameterChange(name, ref, was.has("value") ? show(was.get("value")) : null,
                        is.has("value") ? show(is.get("value")) : null));
            }
        }
        return changes;
    }

    private static List<CriterionChange> criteria(JsonNode before, JsonNode after) {
        Map<String, JsonNode> was = criteriaById(before);
        Map<String, JsonNode> is = criteriaById(after);
        List<CriterionChange> changes = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(was.keySet());
        ids.addAll(is.keySet());
        for (String id : ids) {
            JsonNode b = was.get(id);
            JsonNode a = is.get(id);
            if (b == null) {
                changes.add(new CriterionChange(id, a.path("ref").asText(null), "added", null, a.path("text").asText(null)));
            } else if (a == null) {
                changes.add(new CriterionChange(id, b.path("ref").asText(null), "removed", b.path("text").asText(null), null));
            } else {
                for (String field : CLAUSE_FIELDS) {
                    if (!Objects.equals(b.get(field), a.get(field))) {
                        changes.add(new CriterionChange(id, a.path("ref").asText(null), field,
                                b.has(field) ? show(b.get(field)) : null, a.has(field) ? show(a.get(field)) : null));
                    }
                }
            }
        }
        return changes;
    }

    private static Map<String, JsonNode> criteriaById(JsonNode clauses) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode section : clauses.path("sections")) {
            for (JsonNode criterion : section.path("criteria")) {
                byId.put(criterion.path("id").asText(), criterion);
            }
        }
        return byId;
    }

    private static List<RuleChange> rules(Map<String, String> before, Map<String, String> after, List<String> problems) {
        Map<String, RuleTexts.RuleText> was = ruleTexts(before, problems, "before");
        Map<String, RuleTexts.RuleText> is = ruleTexts(after, problems, "after");
        List<RuleChange> changes = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(was.keySet());
        names.addAll(is.keySet());
        for (String name : names) {
            RuleTexts.RuleText b = was.get(name);
            RuleTexts.RuleText a = is.get(name);
            if (b == null) {
                changes.add(new RuleChange(name, "added", null, a.at()));
            } else if (a == null) {
                changes.add(new RuleChange(name, "removed", b.at(), null));
            } else if (!b.text().equals(a.text())) {
                changes.add(new RuleChange(name, "edited", b.at(), a.at()));
            }
        }
        return changes;
    }

    private static Map<String, RuleTexts.RuleText> ruleTexts(Map<String, String> texts, List<String> problems, String side) {
        Map<String, String> drl = new LinkedHashMap<>();
        texts.forEach((name, text) -> {
            if (name.endsWith(".drl") && !name.contains("/")) {
                drl.put(name, text);
            }
        });
        return RuleTexts.of(drl, (file, line, message) -> problems.add(side + ": " + file + ":" + line + ": " + message));
    }

    private static JsonNode yaml(Map<String, String> texts, String file, List<String> problems, String side) {
        String text = texts.get(file);
        if (text == null) {
            return YAML.createObjectNode();
        }
        try {
            JsonNode root = YAML.readTree(text);
            return root == null ? YAML.createObjectNode() : root;
        } catch (IOException e) {
            problems.add(side + ": " + file + " is not valid YAML");
            return YAML.createObjectNode();
        }
    }

    private static String show(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(show(v)));
            return "[" + String.join(", ", items) + "]";
        }
        return value.toString();
    }

    /** The files of a folder by path relative to it. */
    public static Map<String, String> texts(Path folder) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return texts;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
