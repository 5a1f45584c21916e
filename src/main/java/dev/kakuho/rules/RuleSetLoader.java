package dev.kakuho.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;

/**
 * Reads one rule-set folder ({@code rules/<material>/<revision>/}), compiles its DRL in one batch
 * and checks it in full. A rule set is refused, with every problem named by file and line, when:
 * a file is malformed; a clause lacks its reference, text or summary; a rule lacks
 * {@code @criterion}, or {@code @ja}/{@code @en} (unless it only {@code @derives} a fact for other
 * rules), cites a criterion the clause file does not have,
 * or sits in the file of another section; a criterion has no rule deciding it; or a rule reads a
 * parameter that is missing or of another type.
 *
 * <p>Each step is its own class: {@link RuleSetFiles} (files, content hash), {@link ManifestReader},
 * {@link CatalogueReader}, {@link ParametersReader}, {@link NamesReader} (the YAML files, lines from {@link YamlFile}),
 * {@link DrlScan} (rule places, parameter reads), {@link DrlCompiler}, and the checks
 * {@link ParameterUsesCheck}, {@link RuleMetadataCheck}, {@link EveryCriterionDecidedCheck}.
 */
public final class RuleSetLoader {

    public static final String MANIFEST = "ruleset.yaml";
    public static final String CLAUSES = "clauses.yaml";
    public static final String PARAMETERS = "parameters.yaml";
    public static final String NAMES = "names.yaml";
    public static final String TESTS = "tests";

    private final Path rulesRoot;

    /** @param rulesRoot the rules directory; problems name files relative to it */
    public RuleSetLoader(Path rulesRoot) {
        this.rulesRoot = rulesRoot.toAbsolutePath().normalize();
    }

    /** The rule-set folders under the rules directory: every {@code <material>/<revision>/} holding a manifest. */
    public List<Path> findRuleSets() {
        return RuleSetFiles.find(rulesRoot);
    }

    /**
     * The content hash a folder's rule set would have, without compiling it: lets a reload keep a rule
     * set whose files have not changed.
     */
    public String contentHash(Path dir) throws RuleSetException {
        Path folder = dir.toAbsolutePath().normalize();
        LoadProblems problems = new LoadProblems(rulesRoot, folder);
        Map<String, String> texts = RuleSetFiles.read(folder, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems.list());
        }
        return RuleSetFiles.contentHash(texts);
    }

    public RuleSet load(Path dir) throws RuleSetException {
        Path folder = dir.toAbsolutePath().normalize();
        LoadProblems problems = new LoadProblems(rulesRoot, folder);
        Map<String, String> texts = RuleSetFiles.read(folder, problems);

        Manifest manifest = ManifestReader.read(YamlFile.parse(MANIFEST, texts.get(MANIFEST), problems), problems);
        CatalogueReader.Read clauses = CatalogueReader.read(YamlFile.parse(CLAUSES, texts.get(CLAUSES), problems), problems);
        Catalogue catalogue = clauses.catalogue();
        Parameters parameters = ParametersReader.read(YamlFile.parse(PARAMETERS, texts.get(PARAMETERS), problems), problems);
        Names names = NamesReader.read(YamlFile.parse(NAMES, texts.get(NAMES), problems), problems);

        Map<String, String> drl = RuleSetFiles.drl(texts);
        if (drl.isEmpty()) {
            problems.add(".", 0, "no .drl files: a rule set needs rules");
        }
        Map<String, RuleInfo.Location> locations = DrlScan.ruleLocations(drl, problems);
        if (parameters != null) {
            ParameterUsesCheck.check(DrlScan.parameterUses(drl), parameters, problems);
        }
        // each file read alone first: a syntax error is reported once, where it is, and nothing is compiled
        Map<String, PackageDescr> parsed = DrlParsing.parse(drl, problems::add);
        ReasonTemplateCheck.check(parsed, drl, (file, line, message) -> problems.add(file, line, message, ReasonTemplateCheck.CHECK));
        AbsentPointerCheck.check(parsed, (file, line, message) -> problems.add(file, line, message, AbsentPointerCheck.CHECK));
        InternalKnowledgeBase kieBase = parsed.size() == drl.size() ? DrlCompiler.compile(drl, locations, problems) : null;
        Map<String, RuleInfo> rules = kieBase == null ? Map.of() : RuleMetadataCheck.check(kieBase, locations, catalogue, problems);
        if (catalogue != null && kieBase != null) {
            EveryCriterionDecidedCheck.check(clauses, rules, problems);
        }
        if (names != null) {
            ReasonChecks.check(drl, rules, catalogue, parameters, names, problems::add);
        }
        if (!problems.isEmpty() || manifest == null || catalogue == null || parameters == null || names == null
                || kieBase == null) {
            throw new RuleSetException(problems.list());
        }
        return new RuleSet(folder, manifest, catalogue, parameters, names, kieBase, rules, RuleSetFiles.contentHash(texts),
                RuleSetFiles.topLevel(texts));
    }
}
