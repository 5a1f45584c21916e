package dev.kakuho.rules;

import dev.kakuho.plan.Material;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Owns the compiled rule sets. Loads every {@code <material>/<revision>/} folder under the rules
 * directory at start-up, and again when the files change (checked every {@code rules.watch-interval})
 * or when asked. A folder is compiled, checked and warmed in full before it serves, then swapped in
 * at once; requests in flight keep the rule set they started with. A folder whose edit is refused
 * keeps serving its last good rule set, and its problems are reported until it is fixed.
 */
@ApplicationScoped
@Startup
public class RuleSetRegistry {

    private static final Logger LOG = Logger.getLogger(RuleSetRegistry.class);

    /**
     * One rule-set folder: the rule set serving (null if it never loaded), the problems of its last
     * load (empty when that load succeeded), and when that was.
     */
    public record Entry(String folder, RuleSet ruleSet, List<RuleProblem> problems, Instant loadedAt) {

        public boolean healthy() {
            return ruleSet != null && problems.isEmpty();
        }
    }

    /**
     * Everything loaded, and anything wrong with the rules directory as a whole; the fingerprint of the
     * files loaded, null when the directory could not be read.
     */
    record State(List<Entry> entries, List<RuleProblem> problems, String fingerprint) {
    }

    private final AtomicReference<State> state = new AtomicReference<>(new State(List.of(), List.of(), ""));
    private ScheduledExecutorService watcher;
    /** What the early load compiled, while the first load takes it. */
    private Map<Path, EarlyRuleLoad.Outcome> early;
    /** Set on shutdown, when interrupting a reload in progress is expected, not a failure. */
    private volatile boolean stopping;

    /** Runs a new rule set before it serves (the evaluation's warm-up on the rule set's test plans). */
    @Inject
    RuleSetWarmer warmer;

    @Inject
    RulesConfig config;

    private Path rulesDir;

    /**
     * Loads the rules while the service starts (taking what {@link EarlyRuleLoad} compiled since the
     * JVM started, if it did): Quarkus keeps its jars open until start-up ends, so compiling now loads
     * the compiler's classes far faster than any later.
     */
    @PostConstruct
    void start() {
        rulesDir = config.dir();
        Duration watchInterval = config.watchInterval();
        early = EarlyRuleLoad.take(rulesDir);
        reload();
        early = null;
        if (!watchInterval.isZero()) {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "rules-watcher");
                thread.setDaemon(true);
                return thread;
            });
            long millis = watchInterval.toMillis();
            watcher.scheduleWithFixedDelay(this::reloadIfChanged, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }

    /** Loads every rule-set folder again and swaps the result in at once; unchanged folders keep their rule set. */
    public List<Entry> reload() {
        return reload(false);
    }

    /**
     * Loads every rule-set folder again and swaps the result in at once. A replacement is warmed
     * before it serves, so requests in flight around a reload stay fast; a folder's first load (at
     * start-up) serves at once and warms in the background.
     *
     * @param force recompile folders whose files have not changed too
     */
    public synchronized List<Entry> reload(boolean force) {
        State before = state.get();
        String fingerprint;
        List<Path> folders;
        RuleSetLoader loader = new RuleSetLoader(rulesDir);
        try {
            fingerprint = fingerprint();
            folders = loader.findRuleSets();
        } catch (IOException | UncheckedIOException e) {
            return keepServing(before, "cannot read the rules directory: " + e.getMessage(), null);
        }
        if (folders.isEmpty() && !before.entries().isEmpty()) {
            // an emptied directory (a volume unmounted under its mount point, a copy half made) is never a
            // rule set to serve: retiring every revision takes a restart
            return keepServing(before, "no rule-set folders (<material>/<revision>/" + RuleSetLoader.MANIFEST
                    + ") under the rules directory", fingerprint);
        }
        Map<String, Entry> previous = new LinkedHashMap<>();
        before.entries().forEach(e -> previous.put(e.folder(), e));
        List<Entry> loaded = new ArrayList<>();
        for (Path folder : folders) {
            String name = rulesDir.toAbsolutePath().normalize().relativize(folder.toAbsolutePath().normalize()).toString()
                    .replace('\\', '/');
            Entry old = previous.get(name);
            try {
                long started = System.nanoTime();
                if (!force && old != null && old.healthy() && old.ruleSet().contentHash().equals(loader.contentHash(folder))) {
                    loaded.add(old); // unchanged: keep the compiled, warm rule base
                    continue;
                }
                RuleSet ruleSet = compile(loader, folder);
                // a replacement runs many times before it serves, so requests around a reload stay fast; a
                // first load runs each test plan once, enough that the first request does not load classes
                warm(ruleSet, old != null && old.ruleSet() != null ? 200 : 1);
                LOG.infof("Rule set %s loaded: %d criteria, %d rules, %s, in %d ms", name,
                        ruleSet.catalogue().criteria().size(), ruleSet.rules().size(), ruleSet.contentHash(),
                        (System.nanoTime() - started) / 1_000_000);
                loaded.add(new Entry(name, ruleSet, List.of(), Instant.now()));
            } catch (RuleSetException e) {
                RuleSet lastGood = old == null ? null : old.ruleSet();
                LOG.errorf("Rule set %s refused (%s):%n%s", name,
                        lastGood == null ? "not serving" : "the last good version keeps serving", e.getMessage());
                loaded.add(new Entry(name, lastGood, e.problems(), Instant.now()));
            }
        }
        if (loaded.isEmpty()) {
            LOG.errorf("No rule sets found under %s", rulesDir.toAbsolutePath());
        }
        state.set(new State(List.copyOf(loaded), List.of(), fingerprint));
        return loaded;
    }

    /**
     * Keeps the rule sets loaded before and reports the directory's problem (health says degraded). With
     * no fingerprint, the next readable state of the directory reloads, even if its files are the same
     * as before it went away.
     */
    private List<Entry> keepServing(State before, String message, String fingerprint) {
        RuleProblem problem = new RuleProblem(rulesDir.toString(), 0, message);
        if (!before.problems().contains(problem)) {
            LOG.errorf("%s; the rule sets loaded before keep serving", problem);
        }
        state.set(new State(before.entries(), List.of(problem), fingerprint));
        return before.entries();
    }

    /** Compiles a folder, or takes its compilation from the early load when that read the same files. */
    private RuleSet compile(RuleSetLoader loader, Path folder) throws RuleSetException {
        EarlyRuleLoad.Outcome outcome = early == null ? null : early.get(folder.toAbsolutePath().normalize());
        if (outcome != null && outcome.ruleSet() != null && outcome.ruleSet().contentHash().equals(loader.contentHash(folder))) {
            return outcome.ruleSet();
        }
        return loader.load(folder);
    }

    /** Reloads when a file under the rules directory was added, removed or changed since the last load. */
    synchronized void reloadIfChanged() { // under the reload lock: an edit an admin reload just loaded is not compiled twice
        try {
            String now = fingerprint();
            if (!now.equals(state.get().fingerprint())) { // null, after the directory could not be read, never equals
                LOG.infof("Rules changed under %s; reloading", rulesDir.toAbsolutePath());
                reload();
            }
        } catch (IOException | UncheckedIOException e) {
            if (state.get().problems().isEmpty()) {
                reload(); // records the problem once
            }
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.debugf("Rules watcher stopped during a reload: %s", e.getMessage());
            } else {
                LOG.error("Rules watcher failed; it will try again", e);
            }
        }
    }

    /** Paths, sizes and modification times of every file under the rules directory. */
    private String fingerprint() throws IOException {
        if (!Files.isDirectory(rulesDir)) {
            throw new IOException(rulesDir.toAbsolutePath() + " is not a readable directory");
        }
        StringBuilder fingerprint = new StringBuilder();
        try (Stream<Path> files = Files.walk(rulesDir)) {
            for (Path file : files.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    fingerprint.append(file).append('|').append(attributes.size()).append('|')
                            .append(attributes.lastModifiedTime().toMillis()).append('\n');
                }
            }
        }
        return fingerprint.toString();
    }

    /** Warms a rule set before it serves; a warm-up that fails leaves the rule set serving cold. */
    private void warm(RuleSet ruleSet, int rounds) {
        try {
            warmer.warm(ruleSet, rounds);
        } catch (RuntimeException e) {
            LOG.warnf("Could not warm rule set %s: %s", ruleSet.id(), e.getMessage());
        }
    }

    /** The rule-set folders and what each serves. */
    public List<Entry> entries() {
        return state.get().entries();
    }

    /** Problems with the rules directory as a whole (unreadable, say), as of the last load. */
    public List<RuleProblem> problems() {
        return state.get().problems();
    }

    /** The revision that judges an application of {@code material} made on {@code applicationDate}. */
    public RuleSet select(Material material, LocalDate applicationDate) {
        return RuleSets.select(entries().stream().map(Entry::ruleSet).filter(Objects::nonNull).toList(),
                material, applicationDate);
    }
}
