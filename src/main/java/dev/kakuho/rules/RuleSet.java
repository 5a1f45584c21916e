package dev.kakuho.rules;

import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * One compiled and checked revision of a material's rules. Immutable and shared by all requests:
 * each evaluation opens its own short-lived session on the compiled rule base.
 */
public final class RuleSet {

    /** A guard against rules that keep re-activating each other. */
    private static final int MAX_FIRINGS = 100_000;

    private final Path directory;
    private final Manifest manifest;
    private final Catalogue catalogue;
    private final Parameters parameters;
    private final Names names;
    private final InternalKnowledgeBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final String contentHash;
    private final Map<String, String> sources;
    private final Map<String, Object> remembered = new ConcurrentHashMap<>();
    private final boolean fromCache;

    RuleSet(Path directory, Manifest manifest, Catalogue catalogue, Parameters parameters, Names names,
            InternalKnowledgeBase kieBase, Map<String, RuleInfo> rules, String contentHash, Map<String, String> sources) {
        this(directory, manifest, catalogue, parameters, names, kieBase, rules, contentHash, sources, false);
    }

    RuleSet(Path directory, Manifest manifest, Catalogue catalogue, Parameters parameters, Names names,
            InternalKnowledgeBase kieBase, Map<String, RuleInfo> rules, String contentHash, Map<String, String> sources,
            boolean fromCache) {
        this.fromCache = fromCache;
        this.directory = directory;
        this.manifest = manifest;
        this.catalogue = catalogue;
        this.parameters = parameters;
        this.names = names;
        this.kieBase = kieBase;
        this.rules = Map.copyOf(rules);
        this.contentHash = contentHash;
        this.sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
    }

    /** Runs the rules on a plan and returns what they decided. */
    public Decisions evaluate(Plan plan) {
        return evaluate(plan, parameters);
    }

    /** Runs the rules on a plan with other parameter values (rule tests of thresholds). */
    public Decisions evaluate(Plan plan, Parameters parameters) {
        Decisions decisions = new Decisions(rules, plan.getActivity(), parameters);
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal(Decisions.GLOBAL, decisions);
            if (kieBase.getGlobals().containsKey(Parameters.GLOBAL)) {
                session.setGlobal(Parameters.GLOBAL, parameters);
            }
            session.insert(plan);
            insertAll(session, plan.getEconomics().getProjections());
            insertAll(session, plan.getTechnology().getTargets());
            insertAll(session, plan.getTechLeakPrevention().getCoreTechnologies());
            insertAll(session, plan.getTechLeakPrevention().getSuppliers());
            insertAll(session, plan.getTechLeakPrevention().getPlannedTransfers());
            session.fireAllRules(MAX_FIRINGS);
        } finally {
            session.dispose();
        }
        return decisions;
    }

    private static void insertAll(KieSession session, List<? extends PlanItem> items) {
        for (PlanItem item : items) {
            session.insert(item);
        }
    }

    /** Whether an application made on {@code date} is judged by this revision or a later one. */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(manifest.appliesFrom());
    }

    public String id() {
        return manifest.id();
    }

    public Path directory() {
        return directory;
    }

    public Manifest manifest() {
        return manifest;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The names of codes and the labels of facts in the report's languages (names.yaml). */
    public Names names() {
        return names;
    }

    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String name) {
        return rules.get(name);
    }

    /**
     * A report part that depends only on this rule set, a criterion and the language (a criterion
     * not applicable to an activity reads the same in every report): made once, then shared.
     */
    public <T> T remember(String kind, String criterion, Language language, Supplier<T> make) {
        return remember(kind, criterion + '|' + language, make);
    }

    /** A report part that depends only on this rule set and a key (a criterion's clause as reports cite it). */
    @SuppressWarnings("unchecked")
    public <T> T remember(String kind, String key, Supplier<T> make) {
        return (T) remembered.computeIfAbsent(kind + '|' + key, k -> make.get());
    }

    /**
     * The text of the folder's files at the top (rules, clauses, parameters, names, manifest) as they were
     * when this rule set was loaded, for comparing it with a later version of the folder.
     */
    public Map<String, String> sources() {
        return sources;
    }

    public String contentHash() {
        return contentHash;
    }

    /** Whether the rule base was rebuilt from {@link RuleSetCache} rather than compiled from the DRL. */
    public boolean fromCache() {
        return fromCache;
    }

    /**
     * A rule whose consequence throws loses its decision, not the evaluation: the failure is
     * recorded and its criterion shows as undecided, so the plan cannot pass on it.
     */
    public static final class BrokenConsequence implements ConsequenceExceptionHandler {

        @Override
        public void handleException(Match match, RuleRuntime runtime, Exception exception) {
            Decisions decisions = (Decisions) ((KieSession) runtime).getGlobal(Decisions.GLOBAL);
            decisions.broken(match.getRule().getName());
        }
    }
}
