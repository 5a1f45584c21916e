package dev.kakuho.rules;

import dev.kakuho.plan.Material;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Owns the compiled rule sets: loads every {@code <material>/<revision>/} folder under the rules
 * directory at start-up and picks the revision that judges an application. A folder that fails
 * its checks is reported, never served.
 */
@ApplicationScoped
@Startup
public class RuleSetRegistry {

    private static final Logger LOG = Logger.getLogger(RuleSetRegistry.class);

    /** What is loaded from one rule-set folder: the rule set serving (null if none) and the problems of its last load. */
    public record Entry(String folder, RuleSet ruleSet, List<RuleProblem> problems, Instant loadedAt) {

        public boolean healthy() {
            return ruleSet != null && problems.isEmpty();
        }
    }

    private final AtomicReference<List<Entry>> entries = new AtomicReference<>(List.of());

    @ConfigProperty(name = "rules.dir", defaultValue = "rules")
    Path rulesDir;

    @PostConstruct
    void start() {
        load();
    }

    /** Loads every rule-set folder and swaps the result in at once. */
    public synchronized List<Entry> load() {
        RuleSetLoader loader = new RuleSetLoader(rulesDir);
        List<Entry> loaded = new ArrayList<>();
        for (Path folder : loader.findRuleSets()) {
            String name = rulesDir.toAbsolutePath().normalize().relativize(folder.toAbsolutePath().normalize()).toString();
            try {
                long started = System.nanoTime();
                RuleSet ruleSet = loader.load(folder);
                LOG.infof("Rule set %s loaded: %d criteria, %d rules, %s, in %d ms", name,
                        ruleSet.catalogue().criteria().size(), ruleSet.rules().size(), ruleSet.contentHash(),
                        (System.nanoTime() - started) / 1_000_000);
                loaded.add(new Entry(name, ruleSet, List.of(), Instant.now()));
            } catch (RuleSetException e) {
                LOG.errorf("Rule set %s refused:%n%s", name, e.getMessage());
                loaded.add(new Entry(name, null, e.problems(), Instant.now()));
            }
        }
        if (loaded.isEmpty()) {
            LOG.errorf("No rule sets found under %s", rulesDir.toAbsolutePath());
        }
        entries.set(List.copyOf(loaded));
        return loaded;
    }

    public List<Entry> entries() {
        return entries.get();
    }

    public Path rulesDir() {
        return rulesDir;
    }

    /**
     * The revision that judges an application of {@code material} made on {@code applicationDate}:
     * the latest one that applies from that date or earlier (附則: an application made before a
     * revision's date is judged by the earlier one).
     */
    public RuleSet select(Material material, LocalDate applicationDate) {
        List<RuleSet> revisions = entries.get().stream()
                .map(Entry::ruleSet)
                .filter(r -> r != null && r.manifest().material() == material)
                .sorted(Comparator.comparing((RuleSet r) -> r.manifest().appliesFrom()).reversed())
                .toList();
        for (RuleSet ruleSet : revisions) {
            if (ruleSet.appliesOn(applicationDate)) {
                return ruleSet;
            }
        }
        if (revisions.isEmpty()) {
            throw new NoRuleSetException(material, applicationDate, null,
                    "No rules for " + material + " are loaded, so no plan of it can be evaluated.");
        }
        RuleSet earliest = revisions.get(revisions.size() - 1);
        throw new NoRuleSetException(material, applicationDate, earliest.manifest().transitionalProvision(),
                "An application made on " + applicationDate + " is judged under the revision that applied before "
                        + earliest.manifest().appliesFrom() + " (" + earliest.manifest().transitionalProvision().ref()
                        + "), and no such revision is loaded here. The earliest loaded revision applies from "
                        + earliest.manifest().appliesFrom() + ".");
    }
}
