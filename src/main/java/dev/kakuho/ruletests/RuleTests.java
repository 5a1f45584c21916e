package dev.kakuho.ruletests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.kakuho.plan.InvalidPlanException;
import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Reasons;
import dev.kakuho.report.Report;
import dev.kakuho.report.ReportBuilder;
import dev.kakuho.rules.Criterion;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.Parameters;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetLoader;
import dev.kakuho.rules.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads and runs the rule tests of one rule set ({@code tests/*.yaml} beside its rules) and tells
 * which statuses of which criteria they exercise.
 */
public final class RuleTests {

    private static final Set<String> CASE_KEYS =
            Set.of("name", "plan", "set", "remove", "parameters", "expect", "missing", "facts", "findings", "leanings",
                    "reasons", "cites");

    private final RuleSet ruleSet;
    private final PlanReader reader = PlanReader.create();
    private final ObjectMapper yaml = new YAMLMapper();
    private final ReportBuilder reports = new ReportBuilder();
    private final ObjectMapper json;

    public RuleTests(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.json = reader.mapper().copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public Path testsDir() {
        return ruleSet.directory().resolve(RuleSetLoader.TESTS);
    }

    /** Every case of every test file, in file order. A file that cannot be read is a problem, not an empty file. */
    public List<RuleTestCase> cases() {
        List<RuleTestCase> cases = new ArrayList<>();
        if (!Files.isDirectory(testsDir())) {
            return cases;
        }
        try (Stream<Path> files = Files.list(testsDir())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                cases.addAll(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private List<RuleTestCase> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RuleTestFormatException(name + ":" + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
                    + ": malformed YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.path("cases").isArray()) {
            throw new RuleTestFormatException(name + ": needs a list of 'cases'");
        }
        List<RuleTestCase> cases = new ArrayList<>();
        int from = 0;
        for (JsonNode c : root.path("cases")) {
            String caseName = c.path("name").asText("");
            int at = caseName.isEmpty() ? -1 : text.indexOf(caseName, from);
            int line = at < 0 ? 0 : (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
            from = Math.max(from, at);
            String where = name + ":" + line;
            for (Iterator<String> keys = c.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!CASE_KEYS.contains(key)) {
                    throw new RuleTestFormatException(where + ": unknown key '" + key + "'; a case has " + CASE_KEYS);
                }
            }
            if (caseName.isBlank() || !c.path("plan").isTextual() || !c.path("expect").isObject() || c.path("expect").isEmpty()) {
                throw new RuleTestFormatException(where + ": a case needs a 'name', a base 'plan' and what it 'expect's");
            }
            cases.add(new RuleTestCase(name, line, caseName, c.path("plan").asText(),
                    map(c.path("set")), strings(c.path("remove")), map(c.path("parameters")),
                    textMap(c.path("expect")), listMap(c.path("missing")), nestedMap(c.path("facts")),
                    findingsMap(c.path("findings")), textMap(c.path("leanings")), reasonsMap(c.path("reasons")),
                    textMap(c.path("cites"))));
        }
        return cases;
    }

    /** Runs one case and says how the report differs from what it expects. */
    public RuleTestResult run(RuleTestCase testCase) {
        List<RuleTestResult.Difference> failures = new ArrayList<>();
        Report report;
        Map<Language, Report> reports;
        RuleTestExpressions expressions;
        try {
            Parameters parameters = parameters(testCase);
            ObjectNode plan = editedPlan(testCase, parameters);
            expressions = new RuleTestExpressions(parameters, plan);
            reports = evaluateInEveryLanguage(plan, parameters);
            report = reports.get(Language.EN);
        } catch (InvalidPlanException e) {
            failures.add(RuleTestResult.Difference.other(null, "plan", "the edited plan is not valid: " + e.errors()));
            return new RuleTestResult(testCase, failures);
        } catch (RuleTestFormatException | IllegalArgumentException e) {
            failures.add(RuleTestResult.Difference.other(null, "case", e.getMessage()));
            return new RuleTestResult(testCase, failures);
        }
        Map<String, Report.CriterionResult> byId = new LinkedHashMap<>();
        report.criteria().forEach(c -> byId.put(c.id(), c));
        testCase.expect().forEach((id, expected) -> {
            if (RuleTestCase.OUTCOME.equals(id)) {
                if (!report.outcome().name().equals(expected)) {
                    failures.add(new RuleTestResult.Difference(null, RuleTestCase.OUTCOME, expected, report.outcome().name(),
                            why(report)));
                }
                return;
            }
            Report.CriterionResult result = byId.get(id);
            if (result == null) {
                failures.add(RuleTestResult.Difference.other(id, "criterion", "no such criterion in the rule set"));
            } else if (!result.status().name().equals(expected)) {
                failures.add(new RuleTestResult.Difference(id, "status", expected, result.status().name(),
                        result.clause().ref() + ": " + result.reason() + facts(result)));
            }
        });
        testCase.missing().forEach((id, pointers) -> {
            Report.CriterionResult result = byId.get(id);
            if (result != null && !result.missing().equals(pointers)) {
                failures.add(new RuleTestResult.Difference(id, "missing", pointers.toString(), result.missing().toString(),
                        missingDetail(pointers, result.missing())));
            }
        });
        testCase.facts().forEach((id, facts) -> {
            Report.CriterionResult result = byId.get(id);
            if (result == null) {
                return;
            }
            JsonNode actual = json.valueToTree(result.facts());
            facts.forEach((fact, written) -> {
                JsonNode value;
                try {
                    value = expressions.resolve(written);
                } catch (RuleTestFormatException e) {
                    failures.add(RuleTestResult.Difference.other(id, "fact " + fact, e.getMessage()));
                    return;
                }
                if (!sameValue(actual.get(fact), value)) {
                    failures.add(new RuleTestResult.Difference(id, "fact " + fact, String.valueOf(value),
                            actual.get(fact) == null ? "no such fact" : String.valueOf(actual.get(fact)),
                            actual.get(fact) == null ? "the rule that decided gives " + actual.properties().stream()
                                    .map(Map.Entry::getKey).toList() : null));
                }
            });
        });
        testCase.findings().forEach((id, expected) -> {
            Report.CriterionResult result = byId.get(id);
            if (result == null) {
                return;
            }
            Map<String, String> actual = new TreeMap<>();
            result.findings().forEach(f -> actual.merge(f.subject(), f.status().name(),
                    (a, b) -> Status.valueOf(a).worse(Status.valueOf(b)).name()));
            if (!new TreeMap<>(expected).equals(actual)) {
                failures.add(new RuleTestResult.Difference(id, "findings", new TreeMap<>(expected).toString(), actual.toString(), null));
            }
        });
        testCase.leanings().forEach((id, expected) -> {
            List<String> actual = report.reviewItems().stream().filter(i -> i.criterion().equals(id))
                    .map(i -> i.leaning().name()).distinct().toList();
            if (!actual.equals(List.of(expected))) {
                failures.add(new RuleTestResult.Difference(id, "leaning of its review items", expected, actual.toString(), null));
            }
        });
        testCase.cites().forEach((id, ref) -> {
            Report.CriterionResult result = byId.get(id);
            if (result == null) {
                return;
            }
            List<String> cited = new ArrayList<>();
            result.subClauses().forEach(sub -> cited.add(sub.ref()));
            result.findings().stream().filter(f -> f.clauseRef() != null).forEach(f -> cited.add(f.clauseRef()));
            if (!cited.contains(ref)) {
                failures.add(new RuleTestResult.Difference(id, "clause cited", ref,
                        String.valueOf(cited.isEmpty() ? result.clause().ref() : cited), null));
            }
        });
        if (report.warnings() != null) {
            failures.add(RuleTestResult.Difference.other(null, "warnings", "the report has warnings: " + report.warnings()));
        }
        for (Language language : Language.values()) {
            Report rendered = reports.get(language);
            testCase.reasons().forEach((id, words) -> {
                String expected = words.get(language.code());
                Report.CriterionResult result = rendered.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
                if (expected == null || result == null) {
                    return;
                }
                List<String> reasons = new ArrayList<>(List.of(result.reason()));
                result.findings().forEach(f -> reasons.add(f.reason()));
                rendered.reviewItems().stream().filter(i -> i.criterion().equals(id)).forEach(i -> reasons.add(i.note()));
                if (reasons.stream().noneMatch(r -> r.contains(expected))) {
                    failures.add(new RuleTestResult.Difference(id, language.code() + " reason", "to say '" + expected + "'",
                            reasons.toString(), null));
                }
            });
            for (Report.CriterionResult c : rendered.criteria()) {
                List<String> unfilled = new ArrayList<>(Reasons.unfilled(c.reason()));
                c.findings().forEach(f -> unfilled.addAll(Reasons.unfilled(f.reason())));
                if (!unfilled.isEmpty()) {
                    failures.add(RuleTestResult.Difference.other(c.id(), "reason",
                            "the " + language.code() + " reason names facts its rule does not give: " + unfilled));
                }
            }
        }
        return new RuleTestResult(testCase, failures);
    }

    /** Which criteria made the outcome what it is: the failing ones, else those lacking facts. */
    private static String why(Report report) {
        Status deciding = switch (report.outcome()) {
            case FAIL -> Status.FAIL;
            case INCOMPLETE -> Status.MISSING;
            case PASS -> null;
        };
        if (deciding == null) {
            return "no criterion fails or lacks facts";
        }
        List<String> causes = new ArrayList<>();
        for (Report.CriterionResult c : report.criteria()) {
            if (c.status() == deciding) {
                causes.add(c.id() + " " + c.status() + " (" + c.clause().ref() + "): " + c.reason()
                        + (c.missing().isEmpty() ? "" : " missing " + c.missing()));
            }
        }
        return "because " + String.join("; ", causes);
    }

    private static String facts(Report.CriterionResult result) {
        return result.facts().isEmpty() ? "" : " facts " + result.facts();
    }

    private static String missingDetail(List<String> expected, List<String> actual) {
        List<String> notReported = new ArrayList<>(expected);
        notReported.removeAll(actual);
        List<String> unexpected = new ArrayList<>(actual);
        unexpected.removeAll(expected);
        List<String> parts = new ArrayList<>();
        if (!notReported.isEmpty()) {
            parts.add("not reported missing: " + notReported);
        }
        if (!unexpected.isEmpty()) {
            parts.add("reported missing but not expected: " + unexpected);
        }
        return parts.isEmpty() ? "the same fields in another order" : String.join("; ", parts);
    }

    /** The case's plan run once, its report written in each language. */
    private Map<Language, Report> evaluateInEveryLanguage(ObjectNode edited, Parameters parameters) {
        Plan plan = reader.read(bytes(edited));
        var decisions = ruleSet.evaluate(plan, parameters);
        Map<Language, Report> reports = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            reports.put(language, this.reports.build(ruleSet, plan, decisions, language));
        }
        return reports;
    }

    /** The report for a case's plan, in one language. */
    public Report evaluate(RuleTestCase testCase, Language language) {
        Parameters parameters = parameters(testCase);
        Plan plan = reader.read(bytes(editedPlan(testCase, parameters)));
        return reports.build(ruleSet, plan, ruleSet.evaluate(plan, parameters), language);
    }

    /** The parameters a case runs with: the rule set's, with the case's own {@code parameters}. */
    private Parameters parameters(RuleTestCase testCase) {
        return ruleSet.parameters().with(testCase.parameters());
    }

    /** The case's plan as JSON: the base plan with the case's edits applied, its expressions worked out. */
    public byte[] planBytes(RuleTestCase testCase) {
        return bytes(editedPlan(testCase, parameters(testCase)));
    }

    /**
     * The base plan with the case's edits applied in the order written; a value written as an expression
     * ({@code "= /period/productionStart + periods.mine.minimumYears years - 1 day"}) is worked out against
     * the plan as edited so far and the case's parameters.
     */
    private ObjectNode editedPlan(RuleTestCase testCase, Parameters parameters) {
        Path base = testsDir().resolve("plans").resolve(testCase.plan() + ".json");
        ObjectNode plan;
        try {
            plan = (ObjectNode) json.readTree(Files.readAllBytes(base));
        } catch (IOException | ClassCastException e) {
            throw new RuleTestFormatException(testCase + ": cannot read base plan " + base.getFileName() + ": " + e.getMessage());
        }
        RuleTestExpressions expressions = new RuleTestExpressions(parameters, plan);
        testCase.set().forEach((pointer, value) -> JsonEdits.set(plan, pointer, expressions.resolve(value), testCase));
        testCase.remove().forEach(pointer -> JsonEdits.remove(plan, pointer, testCase));
        return plan;
    }

    private byte[] bytes(ObjectNode plan) {
        try {
            return json.writeValueAsBytes(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Which cases expect which status of which criterion, and what the catalogue says each criterion
     * can give but no case exercises.
     */
    public Coverage coverage(List<RuleTestCase> cases) {
        Map<String, Map<Status, List<String>>> exercised = new LinkedHashMap<>();
        for (Criterion criterion : ruleSet.catalogue().criteria()) {
            exercised.put(criterion.id(), new TreeMap<>());
        }
        for (RuleTestCase c : cases) {
            c.expect().forEach((id, status) -> {
                if (exercised.containsKey(id)) {
                    try {
                        exercised.get(id).computeIfAbsent(Status.valueOf(status), s -> new ArrayList<>()).add(c.name());
                    } catch (IllegalArgumentException e) {
                        // reported when the case runs
                    }
                }
            });
        }
        Map<String, Set<Status>> gaps = new LinkedHashMap<>();
        for (Criterion criterion : ruleSet.catalogue().criteria()) {
            Set<Status> notExercised = new TreeSet<>(criterion.statuses());
            notExercised.removeAll(exercised.get(criterion.id()).keySet());
            if (!notExercised.isEmpty()) {
                gaps.put(criterion.id(), notExercised);
            }
        }
        return new Coverage(exercised, gaps);
    }

    /** Per criterion, the cases that exercise each status; and per criterion, the statuses no case exercises. */
    public record Coverage(Map<String, Map<Status, List<String>>> exercised, Map<String, Set<Status>> gaps) {

        /** Criteria without a case where they pass (or, for judgement-only criteria, go to review). */
        public List<String> withoutPassingCase() {
            return exercised.entrySet().stream()
                    .filter(e -> !e.getValue().containsKey(Status.PASS) && !e.getValue().containsKey(Status.REVIEW))
                    .map(Map.Entry::getKey).toList();
        }

        /** Criteria without a case where they fail (or lack facts, for criteria that never fail). */
        public List<String> withoutFailingCase() {
            return exercised.entrySet().stream()
                    .filter(e -> !e.getValue().containsKey(Status.FAIL) && !e.getValue().containsKey(Status.MISSING)
                            && !e.getValue().containsKey(Status.REVIEW))
                    .map(Map.Entry::getKey).toList();
        }
    }

    /** Equal as the report shows them: numbers by value (2028 and 2028.0 alike), all the way down. */
    static boolean sameValue(JsonNode actual, JsonNode expected) {
        if (actual == null || actual.isNull()) {
            return expected == null || expected.isNull();
        }
        if (expected == null) {
            return false;
        }
        if (actual.isNumber() && expected.isNumber()) {
            return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        if (actual.isNumber() && expected.isTextual()) {
            return actual.asText().equals(expected.asText());
        }
        if (actual.isArray() && expected.isArray()) {
            if (actual.size() != expected.size()) {
                return false;
            }
            for (int i = 0; i < actual.size(); i++) {
                if (!sameValue(actual.get(i), expected.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (actual.isObject() && expected.isObject()) {
            if (actual.size() != expected.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!sameValue(actual.get(field.getKey()), field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return actual.equals(expected);
    }

    private static Map<String, JsonNode> map(JsonNode node) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private static Map<String, String> textMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private static List<String> strings(JsonNode node) {
        List<String> list = new ArrayList<>();
        node.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static Map<String, List<String>> listMap(JsonNode node) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), strings(e.getValue())));
        return map;
    }

    private static Map<String, Map<String, JsonNode>> nestedMap(JsonNode node) {
        Map<String, Map<String, JsonNode>> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), map(e.getValue())));
        return map;
    }

    /** {@code reasons: {id: "words"}} (the English reason) or {@code {id: {ja: "…", en: "…"}}}. */
    private static Map<String, Map<String, String>> reasonsMap(JsonNode node) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            Map<String, String> words = new LinkedHashMap<>();
            if (e.getValue().isTextual()) {
                words.put(Language.EN.code(), e.getValue().asText());
            } else {
                e.getValue().fields().forEachRemaining(w -> words.put(w.getKey(), w.getValue().asText()));
            }
            out.put(e.getKey(), words);
        });
        return out;
    }

    private static Map<String, Map<String, String>> findingsMap(JsonNode node) {
        Map<String, Map<String, String>> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), textMap(e.getValue())));
        return map;
    }

    /** A rule test file or case that cannot be run as written. */
    public static class RuleTestFormatException extends RuntimeException {
        public RuleTestFormatException(String message) {
            super(message);
        }
    }

    /** Edits of a plan's JSON by pointer, for rule tests. */
    static final class JsonEdits {

        private JsonEdits() {
        }

        /** Sets the value at {@code pointer}, creating objects on the way; {@code -} appends to an array. */
        static void set(ObjectNode root, String pointer, JsonNode value, RuleTestCase testCase) {
            List<String> path = segments(pointer, testCase);
            JsonNode parent = root;
            for (int i = 0; i < path.size() - 1; i++) {
                String segment = path.get(i);
                JsonNode next = child(parent, segment);
                if (next == null || next.isNull()) {
                    next = path.get(i + 1).matches("[0-9]+|-") ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
                    put(parent, segment, next, pointer, testCase);
                }
                parent = next;
            }
            put(parent, path.get(path.size() - 1), value, pointer, testCase);
        }

        static void remove(ObjectNode root, String pointer, RuleTestCase testCase) {
            List<String> path = segments(pointer, testCase);
            JsonNode parent = root;
            for (int i = 0; i < path.size() - 1 && parent != null; i++) {
                parent = child(parent, path.get(i));
            }
            String last = path.get(path.size() - 1);
            if (parent instanceof ObjectNode object && object.has(last)) {
                object.remove(last);
            } else if (parent instanceof ArrayNode array && last.matches("[0-9]+") && Integer.parseInt(last) < array.size()) {
                array.remove(Integer.parseInt(last));
            } else {
                throw new RuleTestFormatException(testCase + ": cannot remove " + pointer + ": the base plan has no such field");
            }
        }

        private static List<String> segments(String pointer, RuleTestCase testCase) {
            if (!pointer.startsWith("/") || pointer.length() < 2) {
                throw new RuleTestFormatException(testCase + ": '" + pointer + "' is not a JSON pointer such as /period/end");
            }
            List<String> segments = new ArrayList<>();
            for (String s : pointer.substring(1).split("/", -1)) {
                segments.add(s.replace("~1", "/").replace("~0", "~"));
            }
            return segments;
        }

        private static JsonNode child(JsonNode parent, String segment) {
            if (parent instanceof ArrayNode array) {
                return segment.matches("[0-9]+") ? array.get(Integer.parseInt(segment)) : null;
            }
            return parent.get(segment);
        }

        private static void put(JsonNode parent, String segment, JsonNode value, String pointer, RuleTestCase testCase) {
            if (parent instanceof ObjectNode object) {
                object.set(segment, value);
            } else if (parent instanceof ArrayNode array && "-".equals(segment)) {
                array.add(value);
            } else if (parent instanceof ArrayNode array && segment.matches("[0-9]+") && Integer.parseInt(segment) < array.size()) {
                array.set(Integer.parseInt(segment), value);
            } else {
                throw new RuleTestFormatException(testCase + ": cannot set " + pointer + " in the base plan");
            }
        }
    }
}
