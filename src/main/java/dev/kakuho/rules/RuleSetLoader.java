package dev.kakuho.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.kakuho.plan.Activity;
import dev.kakuho.plan.Material;
import dev.kakuho.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;

/**
 * Reads one rule-set folder ({@code rules/<material>/<revision>/}), compiles its DRL in one batch
 * and checks it in full. A rule set is refused, with every problem named by file and line, when:
 * a file is malformed; a clause lacks its reference, text or summary; a rule lacks
 * {@code @criterion}, or {@code @ja}/{@code @en} (unless it only {@code @derives} a fact for other
 * rules), cites a criterion the clause file does not have,
 * or sits in the file of another section; a criterion has no rule deciding it; or a rule reads a
 * parameter that is missing or of another type.
 */
public final class RuleSetLoader {

    public static final String MANIFEST = "ruleset.yaml";
    public static final String CLAUSES = "clauses.yaml";
    public static final String PARAMETERS = "parameters.yaml";
    public static final String NAMES = "names.yaml";
    public static final String TESTS = "tests";
    static final String CRITERION = "criterion";
    /** The sub-clause a rule rests on, more precise than its criterion's clause: {@code @clause("第3章第6節(3)(エ)(v)")}. */
    static final String CLAUSE = "clause";
    /** Marks a rule that only inserts a derived fact for other rules; it decides nothing and needs no reason. */
    static final String DERIVES = "derives";

    private static final Pattern RULE_HEADER =
            Pattern.compile("^[ \\t]*rule[ \\t]+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))", Pattern.MULTILINE);
    private static final Pattern PARAMETER_USE = Pattern.compile("params\\s*\\.\\s*(\\w+)\\s*\\(\\s*\"([^\"]*)\"");

    /** Shared by every compile: it remembers the class lookups, which do not change while the service runs. */
    private static final ClassLoader CLASS_LOADER = new CachingClassLoader(Plan.class.getClassLoader());

    private final ObjectMapper yaml = new YAMLMapper();
    private final Path rulesRoot;

    /** @param rulesRoot the rules directory; problems name files relative to it */
    public RuleSetLoader(Path rulesRoot) {
        this.rulesRoot = rulesRoot.toAbsolutePath().normalize();
    }

    /** The rule-set folders under the rules directory: every {@code <material>/<revision>/} holding a manifest. */
    public List<Path> findRuleSets() {
        if (!Files.isDirectory(rulesRoot)) {
            return List.of();
        }
        try (Stream<Path> materials = Files.list(rulesRoot)) {
            List<Path> found = new ArrayList<>();
            for (Path material : materials.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> revisions = Files.list(material)) {
                    revisions.filter(r -> Files.isRegularFile(r.resolve(MANIFEST))).sorted().forEach(found::add);
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The content hash a folder's rule set would have, without compiling it: lets a reload keep a rule
     * set whose files have not changed.
     */
    public String contentHash(Path dir) throws RuleSetException {
        Problems problems = new Problems(dir.toAbsolutePath().normalize());
        Map<String, String> texts = readTexts(dir.toAbsolutePath().normalize(), problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems.list);
        }
        return contentHash(texts);
    }

    public RuleSet load(Path dir) throws RuleSetException {
        Path folder = dir.toAbsolutePath().normalize();
        Problems problems = new Problems(folder);
        Map<String, String> texts = readTexts(folder, problems);

        Manifest manifest = readManifest(texts.get(MANIFEST), problems);
        Catalogue catalogue = readCatalogue(texts.get(CLAUSES), problems);
        Parameters parameters = readParameters(texts.get(PARAMETERS), problems);
        Names names = readNames(texts.get(NAMES), problems);

        Map<String, String> drl = new LinkedHashMap<>();
        texts.forEach((name, text) -> {
            if (name.endsWith(".drl") && !name.contains("/")) {
                drl.put(name, text);
            }
        });
        if (drl.isEmpty()) {
            problems.add(".", 0, "no .drl files: a rule set needs rules");
        }
        Map<String, RuleInfo.Location> locations = locateRules(drl, problems);
        if (parameters != null) {
            checkParameterUses(drl, parameters, problems);
        }
        InternalKnowledgeBase kieBase = compile(drl, problems);
        Map<String, RuleInfo> rules = kieBase == null ? Map.of() : checkRules(kieBase, locations, catalogue, problems);
        if (catalogue != null && kieBase != null) {
            checkEveryCriterionDecided(catalogue, rules, texts.get(CLAUSES), problems);
        }
        if (names != null) {
            ReasonChecks.check(drl, rules, catalogue, parameters, names, problems::add);
        }
        if (!problems.isEmpty() || manifest == null || catalogue == null || parameters == null || names == null
                || kieBase == null) {
            throw new RuleSetException(problems.list);
        }
        return new RuleSet(folder, manifest, catalogue, parameters, names, kieBase, rules, contentHash(texts));
    }

    // ---- files

    private Map<String, String> readTexts(Path folder, Problems problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                texts.put(name, Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(".", 0, "cannot read the rule set's files: " + e.getMessage());
        }
        for (String required : List.of(MANIFEST, CLAUSES, PARAMETERS, NAMES)) {
            if (!texts.containsKey(required)) {
                problems.add(required, 0, "file is missing");
            }
        }
        return texts;
    }

    private JsonNode parseYaml(String file, String text, Problems problems) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode root = yaml.readTree(text);
            if (root == null || !root.isObject()) {
                problems.add(file, 1, "must be a YAML mapping");
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(file, line, "malformed YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
            return null;
        }
    }

    // ---- manifest

    private Manifest readManifest(String text, Problems problems) {
        JsonNode root = parseYaml(MANIFEST, text, problems);
        if (root == null) {
            return null;
        }
        Field field = new Field(MANIFEST, text, problems);
        String id = field.text(root, "id");
        Material material = field.parse(root, "material", Material::valueOf, "one of CRITICAL_MINERALS");
        String title = field.text(root, "title");
        String titleEn = field.text(root, "titleEn");
        LocalDate revision = field.parse(root, "revision", LocalDate::parse, "a date YYYY-MM-DD");
        LocalDate appliesFrom = field.parse(root, "appliesFrom", LocalDate::parse, "a date YYYY-MM-DD");
        JsonNode source = root.path("source");
        Manifest.Source src = new Manifest.Source(field.text(source, "title"), source.path("publisher").asText(null),
                source.path("file").asText(null));
        JsonNode provision = root.path("transitionalProvision");
        Manifest.Clause transitional = new Manifest.Clause(field.text(provision, "ref"), field.text(provision, "text"));
        if (field.failed) {
            return null;
        }
        return new Manifest(id, material, title, titleEn, revision, appliesFrom, src, transitional);
    }

    // ---- clause file

    private Catalogue readCatalogue(String text, Problems problems) {
        JsonNode root = parseYaml(CLAUSES, text, problems);
        if (root == null) {
            return null;
        }
        Field field = new Field(CLAUSES, text, problems);
        if (!root.path("sections").isArray() || root.path("sections").isEmpty()) {
            problems.add(CLAUSES, 1, "needs a list of 'sections', each with its criteria");
            return null;
        }
        List<Section> sections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode s : root.path("sections")) {
            String sectionId = field.text(s, "id");
            List<Criterion> criteria = new ArrayList<>();
            for (JsonNode c : s.path("criteria")) {
                String id = field.text(c, "id");
                if (id != null && !seen.add(id)) {
                    problems.add(CLAUSES, lineOf(text, "id: " + id), "criterion " + id + " is listed twice");
                }
                List<Status> statuses = new ArrayList<>();
                for (JsonNode status : c.path("statuses")) {
                    try {
                        statuses.add(Status.valueOf(status.asText()));
                    } catch (IllegalArgumentException e) {
                        problems.add(CLAUSES, lineOf(text, "id: " + id),
                                id + ": unknown status " + status.asText() + "; use PASS, FAIL, MISSING, REVIEW or NOT_APPLICABLE");
                    }
                }
                if (statuses.isEmpty()) {
                    problems.add(CLAUSES, lineOf(text, "id: " + id), id + ": needs 'statuses', the statuses its rules can give");
                }
                Set<Activity> activities = EnumSet.noneOf(Activity.class);
                for (JsonNode activity : c.path("activities")) {
                    try {
                        activities.add(Activity.valueOf(activity.asText()));
                    } catch (IllegalArgumentException e) {
                        problems.add(CLAUSES, lineOf(text, "id: " + id), id + ": unknown activity " + activity.asText());
                    }
                }
                List<String> subProblems = new ArrayList<>(0);
                List<Criterion.SubClause> subClauses = ReasonChecks.subClauses(c, id, subProblems);
                subProblems.forEach(problem -> problems.add(CLAUSES, lineOf(text, "id: " + id), problem));
                criteria.add(new Criterion(id, sectionId, field.text(c, "ref", id), field.text(c, "text", id),
                        field.text(c, "summary", id), List.copyOf(statuses), Set.copyOf(activities), subClauses));
            }
            if (criteria.isEmpty()) {
                problems.add(CLAUSES, lineOf(text, "id: " + sectionId), "section " + sectionId + " has no criteria");
            }
            sections.add(new Section(sectionId, field.text(s, "ref", sectionId), field.text(s.path("title"), "ja", sectionId),
                    field.text(s.path("title"), "en", sectionId), criteria));
        }
        return field.failed ? null : new Catalogue(sections);
    }

    // ---- names

    private Names readNames(String text, Problems problems) {
        JsonNode root = parseYaml(NAMES, text, problems);
        if (root == null) {
            return null;
        }
        List<Names.Problem> found = new ArrayList<>();
        Names names = Names.of(root, found);
        if (found.isEmpty()) {
            return names;
        }
        Map<List<String>, Integer> lines = keyLines(text);
        for (Names.Problem problem : found) {
            problems.add(NAMES, lines.getOrDefault(problem.path(), 0), problem.message());
        }
        return null;
    }

    /** The line of each key of a YAML mapping, and of each key of the mappings in it, from the parser's own locations. */
    private Map<List<String>, Integer> keyLines(String text) {
        Map<List<String>, Integer> lines = new java.util.HashMap<>();
        try (com.fasterxml.jackson.core.JsonParser parser = yaml.getFactory().createParser(text)) {
            List<String> path = new ArrayList<>();
            int depth = 0;
            for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> {
                        while (path.size() >= depth) {
                            path.remove(path.size() - 1);
                        }
                        path.add(parser.currentName());
                        if (depth <= 2) {
                            lines.putIfAbsent(List.copyOf(path), parser.currentTokenLocation().getLineNr());
                        }
                    }
                    default -> { }
                }
            }
        } catch (IOException e) {
            // already reported as malformed YAML
        }
        return lines;
    }

    // ---- parameters

    private Parameters readParameters(String text, Problems problems) {
        JsonNode root = parseYaml(PARAMETERS, text, problems);
        if (root == null) {
            return null;
        }
        List<String> found = new ArrayList<>();
        Parameters parameters = Parameters.of(root, found);
        for (String problem : found) {
            problems.add(PARAMETERS, lineOf(text, problem.substring(0, problem.indexOf(':')) + ":"), problem);
        }
        return found.isEmpty() ? parameters : null;
    }

    private void checkParameterUses(Map<String, String> drl, Parameters parameters, Problems problems) {
        drl.forEach((file, text) -> {
            Matcher use = PARAMETER_USE.matcher(text);
            while (use.find()) {
                String problem = parameters.problem(use.group(1), use.group(2));
                if (problem != null) {
                    problems.add(file, lineAt(text, use.start()), problem);
                }
            }
        });
    }

    // ---- rules

    private Map<String, RuleInfo.Location> locateRules(Map<String, String> drl, Problems problems) {
        Map<String, RuleInfo.Location> locations = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            Matcher header = RULE_HEADER.matcher(text);
            while (header.find()) {
                String name = header.group(1) != null ? header.group(1) : header.group(2) != null ? header.group(2) : header.group(3);
                RuleInfo.Location location = new RuleInfo.Location(file, lineAt(text, header.start()));
                RuleInfo.Location earlier = locations.putIfAbsent(name, location);
                if (earlier != null) {
                    problems.add(file, location.line(), "rule \"" + name + "\" is already defined at " + earlier);
                }
            }
        });
        return locations;
    }

    private InternalKnowledgeBase compile(Map<String, String> drl, Problems problems) {
        if (drl.isEmpty()) {
            return null;
        }
        ClassLoader classLoader = CLASS_LOADER;
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader));
        CompositeKnowledgeBuilder batch = builder.batch();
        drl.forEach((file, text) -> {
            Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file);
            batch.add(resource, ResourceType.DRL);
        });
        batch.build();
        boolean failed = false;
        for (KnowledgeBuilderResult error : builder.getErrors()) {
            if (error.getMessage() != null && error.getMessage().startsWith("Parser returned a null Package")) {
                continue; // a consequence of a syntax error already reported
            }
            String file = error.getResource() == null ? "." : error.getResource().getSourcePath();
            int[] lines = error.getLines();
            problems.add(file, lines != null && lines.length > 0 ? lines[0] : 0, oneLine(error.getMessage()));
            failed = true;
        }
        if (failed || builder.hasErrors()) {
            if (!failed) {
                problems.add(".", 0, "the rules do not compile");
            }
            return null;
        }
        Properties properties = new Properties();
        properties.setProperty("drools.consequenceExceptionHandler", RuleSet.BrokenConsequence.class.getName());
        KieBaseConfiguration configuration = RuleBaseFactory.newKnowledgeBaseConfiguration(properties, classLoader);
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    private Map<String, RuleInfo> checkRules(InternalKnowledgeBase kieBase, Map<String, RuleInfo.Location> locations,
                                             Catalogue catalogue, Problems problems) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo.Location at = locations.getOrDefault(rule.getName(), new RuleInfo.Location(".", 0));
                Map<String, Object> meta = rule.getMetaData();
                String criterion = metadata(meta, CRITERION);
                String ja = metadata(meta, "ja");
                String en = metadata(meta, "en");
                String clause = metadata(meta, CLAUSE);
                String where = "rule \"" + rule.getName() + "\"";
                Map<Activity, List<String>> decides = new EnumMap<>(Activity.class);
                if (criterion == null) {
                    problems.add(at.file(), at.line(), where + " has no @criterion(\"…\"): say which criterion it decides");
                } else if (catalogue != null) {
                    decides = resolve(criterion, catalogue, where, at, problems);
                }
                boolean derives = meta.containsKey(DERIVES);
                if (!derives && (ja == null || en == null)) {
                    problems.add(at.file(), at.line(), where + " needs its reason in Japanese and English: @ja(\"…\") and @en(\"…\")");
                }
                rules.put(rule.getName(), new RuleInfo(rule.getName(), criterion, decides, derives, at, Reasons.parse(ja),
                        Reasons.parse(en), clause));
            }
        }
        return rules;
    }

    /**
     * The criteria a rule's {@code @criterion} names, per activity: each comma-separated id as it
     * stands, or for {@code *.name} the criterion {@code <prefix>.name} that applies to the activity.
     */
    private static Map<Activity, List<String>> resolve(String criterion, Catalogue catalogue, String where,
                                                       RuleInfo.Location at, Problems problems) {
        Map<Activity, List<String>> decides = new EnumMap<>(Activity.class);
        for (Activity activity : Activity.values()) {
            decides.put(activity, new ArrayList<>());
        }
        for (String id : criterion.split(",")) {
            id = id.strip();
            List<Criterion> named = new ArrayList<>();
            if (id.startsWith("*.")) {
                String suffix = id.substring(1);
                for (Criterion c : catalogue.criteria()) {
                    if (c.id().endsWith(suffix) && c.id().indexOf('.') == c.id().length() - suffix.length()) {
                        named.add(c);
                    }
                }
            } else if (catalogue.contains(id)) {
                named.add(catalogue.criterion(id));
            }
            if (named.isEmpty()) {
                problems.add(at.file(), at.line(), where + " cites criterion " + id + ", which " + CLAUSES + " does not have");
            }
            for (Criterion c : named) {
                if (!inSectionOfFile(c, at.file(), catalogue)) {
                    problems.add(at.file(), at.line(), where + " decides " + c.id() + " of section " + c.section()
                            + " (" + c.ref() + "); put it in that section's file");
                }
                for (Activity activity : Activity.values()) {
                    if (c.appliesTo(activity)) {
                        decides.get(activity).add(c.id());
                    }
                }
            }
        }
        decides.replaceAll((activity, ids) -> List.copyOf(ids));
        return decides;
    }

    /** A file named after a section ({@code s4-periods.drl}) holds only that section's rules. */
    private static boolean inSectionOfFile(Criterion criterion, String file, Catalogue catalogue) {
        int dash = file.indexOf('-');
        String section = dash > 0 ? file.substring(0, dash) : null;
        return section == null || catalogue.section(section) == null || criterion.section().equals(section);
    }

    private static void checkEveryCriterionDecided(Catalogue catalogue, Map<String, RuleInfo> rules, String clauses,
                                                   Problems problems) {
        Set<String> decided = new HashSet<>();
        rules.values().stream().filter(r -> !r.derives())
                .forEach(r -> r.criteriaByActivity().values().forEach(decided::addAll));
        for (Criterion criterion : catalogue.criteria()) {
            if (!decided.contains(criterion.id())) {
                problems.add(CLAUSES, lineOf(clauses, "id: " + criterion.id()),
                        "criterion " + criterion.id() + " (" + criterion.ref() + ") has no rule deciding it");
            }
        }
    }

    private static String metadata(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        String text = String.valueOf(value);
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    // ---- helpers

    /** SHA-256 over the files that decide (everything but the rule tests), in path order. */
    private static String contentHash(Map<String, String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            texts.forEach((name, text) -> {
                if (!name.startsWith(TESTS + "/")) {
                    digest.update(name.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(text.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            });
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    static int lineOf(String text, String needle) {
        if (text == null || needle == null) {
            return 0;
        }
        int at = text.indexOf(needle);
        return at < 0 ? 0 : lineAt(text, at);
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Problems found in one rule-set folder, named relative to the rules directory. */
    private final class Problems {
        final List<RuleProblem> list = new ArrayList<>();
        final String prefix;

        Problems(Path folder) {
            String relative = folder.startsWith(rulesRoot) ? rulesRoot.relativize(folder).toString().replace('\\', '/') : folder.toString();
            this.prefix = relative.isEmpty() ? "" : relative + "/";
        }

        void add(String file, int line, String message) {
            list.add(new RuleProblem(".".equals(file) ? prefix.isEmpty() ? "." : prefix.substring(0, prefix.length() - 1) : prefix + file,
                    line, message));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }
    }

    /** Reads required fields of a YAML file, reporting each one that is absent or malformed at its line. */
    private static final class Field {
        final String file;
        final String text;
        final Problems problems;
        boolean failed;

        Field(String file, String text, Problems problems) {
            this.file = file;
            this.text = text;
            this.problems = problems;
        }

        String text(JsonNode node, String name) {
            return text(node, name, null);
        }

        String text(JsonNode node, String name, String owner) {
            JsonNode value = node.path(name);
            if (!value.isTextual() || value.asText().isBlank()) {
                failed = true;
                String who = owner == null ? "" : owner + ": ";
                problems.add(file, owner == null ? lineOf(text, name + ":") : lineOf(text, "id: " + owner),
                        who + "'" + name + "' is missing or empty");
                return null;
            }
            return value.asText().strip();
        }

        <T> T parse(JsonNode node, String name, Function<String, T> parser, String expected) {
            String value = text(node, name);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                failed = true;
                problems.add(file, lineOf(text, name + ":"), "'" + name + "' must be " + expected + ", not " + value);
                return null;
            }
        }
    }
}
