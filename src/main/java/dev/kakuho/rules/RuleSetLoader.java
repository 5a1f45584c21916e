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
    private final RuleSetCache cache;

    /** @param rulesRoot the rules directory; problems name files relative to it */
    public RuleSetLoader(Path rulesRoot) {
        this(rulesRoot, RuleSetCache.NONE);
    }

    /**
     * @param rulesRoot the rules directory; problems name files relative to it
     * @param cache     where compiled rule sets are kept across restarts ({@link RuleSetCache#NONE}: nowhere)
     */
    public RuleSetLoader(Path rulesRoot, RuleSetCache cache) {
        this.rulesRoot = rulesRoot.toAbsolutePath().normalize();
        this.cache = cache;
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
        return RuleSetFiles.contentHash(readAll(dir));
    }

    /** Every file of the folder, or the problems that kept one from being read. */
    private Map<String, String> readAll(Path dir) throws RuleSetException {
        Path folder = dir.toAbsolutePath().normalize();
        LoadProblems problems = new LoadProblems(rulesRoot, folder);
        Map<String, String> texts = RuleSetFiles.read(folder, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems.list());
        }
        return texts;
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
        String contentHash = RuleSetFiles.contentHash(texts);
        String folderName = folderName(folder);
        String drlHash = RuleSetFiles.hashOfDrl(texts);
        if (problems.isEmpty() && manifest != null && catalogue != null && parameters != null && names != null && !drl.isEmpty()) {
            // these DRL files compiled and passed the checks of the DRL alone when this build last saw them: the
            // rule base is rebuilt from the cache, and the checks that read the other files run again
            InternalKnowledgeBase cached = cache.read(folderName, drlHash, DrlCompiler.classLoader(), DrlCompiler.kieBaseProperties());
            if (cached != null) {
                LoadProblems again = new LoadProblems(rulesRoot, folder);
                Map<String, RuleInfo> rules = RuleMetadataCheck.check(cached, DrlScan.ruleLocations(drl, again), catalogue, again);
                ParameterUsesCheck.check(DrlScan.parameterUses(drl), parameters, again);
                EveryCriterionDecidedCheck.check(clauses, rules, again);
                ReasonChecks.check(drl, rules, catalogue, parameters, names, again::add);
                if (again.isEmpty()) {
                    return new RuleSet(folder, manifest, catalogue, parameters, names, cached, rules, contentHash,
                            RuleSetFiles.topLevel(texts), true);
                } // everything is checked again from the DRL below, so each problem is reported as a compile reports it
            }
        }
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
        DrlCompiler.Compiled compiled = parsed.size() == drl.size() ? DrlCompiler.compile(drl, locations, problems) : null;
        InternalKnowledgeBase kieBase = compiled == null ? null : compiled.kieBase();
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
        cache.write(folderName, drlHash, compiled.packages(), compiled.declaredTypes());
        return new RuleSet(folder, manifest, catalogue, parameters, names, kieBase, rules, contentHash,
                RuleSetFiles.topLevel(texts));
    }

    /**
     * The folder's content hash and, from the same reading, the hash of every file, its rule tests
     * included: what the rule tests' outcome depends on (the content hash leaves the tests out).
     */
    public record Hashes(String content, String tested) {
    }

    public Hashes hashes(Path dir) throws RuleSetException {
        Map<String, String> texts = readAll(dir);
        return new Hashes(RuleSetFiles.contentHash(texts), RuleSetFiles.hashOfAll(texts));
    }

    /** {@code <material>/<revision>}, as the registry names a folder. */
    static String folderName(Path folder) {
        return folder.getParent() == null ? folder.getFileName().toString()
                : folder.getParent().getFileName() + "/" + folder.getFileName();
    }
}
