package dev.kakuho.rules;

import dev.kakuho.plan.Material;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
     * One rule-set folder: the rule set serving (null if none ever passed), when it was published, and
     * the candidate that is not serving, if any: refused (with its problems) or waiting for an admin.
     */
    public record Entry(String folder, RuleSet ruleSet, Instant loadedAt, Candidate candidate) {

        /** Serving, with no refused candidate. */
        public boolean healthy() {
            return ruleSet != null && (candidate == null || !candidate.refused());
        }

        /** The problems of the refused candidate; none when it passed or there is none. */
        public List<RuleProblem> problems() {
            return candidate != null && candidate.refused() ? candidate.problems() : List.of();
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
    /** Reads the publications other replicas logged (a shared log only). */
    private ScheduledExecutorService follower;
    /** Where the shared publication log ended when this replica started: it follows what is logged after. */
    private long followFrom;
    /** What the early load compiled, while the first load takes it. */
    private Map<Path, EarlyRuleLoad.Outcome> early;
    /** Set on shutdown, when interrupting a reload in progress is expected, not a failure. */
    private volatile boolean stopping;

    /** Runs a new rule set before it serves (the evaluation's warm-up on the rule set's test plans). */
    @Inject
    RuleSetWarmer warmer;

    /** Compiles and reloads, told to whoever counts them (the metrics). */
    @Inject
    Event<Object> events;

    /** Runs a candidate's rule tests before it may serve. */
    @Inject
    RuleSetGate gate;

    @Inject
    Publications publications;

    @Inject
    RulesConfig config;

    private Path rulesDir;
    private RuleSetCache cache = RuleSetCache.NONE;

    /**
     * Loads the rules while the service starts (taking what {@link EarlyRuleLoad} compiled since the
     * JVM started, if it did): Quarkus keeps its jars open until start-up ends, so compiling now loads
     * the compiler's classes far faster than any later.
     */
    @PostConstruct
    void start() {
        rulesDir = config.dir();
        Duration watchInterval = config.watchInterval();
        cache = RuleSetCache.of(config.cache().enabled(), config.cache().dir());
        early = EarlyRuleLoad.take(rulesDir, cache);
        boolean following = publications.shared() && !config.publicationPollInterval().isZero();
        if (following) {
            followFrom = publications.position(); // before loading: a publication made meanwhile is followed
        }
        reload();
        early = null;
        if (following) {
            follower = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "publications-follower");
                thread.setDaemon(true);
                return thread;
            });
            long millis = config.publicationPollInterval().toMillis();
            follower.scheduleWithFixedDelay(this::followPublicationsQuietly, millis, millis, TimeUnit.MILLISECONDS);
        }
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

    /** Before the records database closes (observers of a lower priority run first): the follower reads it. */
    void stop(@Observes @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping = true;
        if (watcher != null) {
            watcher.shutdownNow();
        }
        if (follower != null) {
            follower.shutdownNow();
        }
    }

    /** Loads every rule-set folder again and swaps the result in at once; unchanged folders keep their rule set. */
    public List<Entry> reload() {
        return reload(false);
    }

    public List<Entry> reload(boolean force) {
        return reload(force, "admin");
    }

    /**
     * Makes a candidate of every rule-set folder whose files changed: compiles it, checks it in full and
     * runs its rule tests. A candidate that fails stays out of service (the last published rule set keeps
     * serving) and shows why. One that passes is published at once in auto mode, and at start-up in both
     * modes; in manual mode it waits for {@link #publish}. A replacement is warmed before it serves, so
     * requests in flight around a reload stay fast.
     *
     * @param force recompile folders whose files have not changed too
     * @param by    who asked (recorded with a publication): {@code watcher}, {@code admin}, …
     */
    public synchronized List<Entry> reload(boolean force, String by) {
        State before = state.get();
        String fingerprint;
        List<Path> folders;
        RuleSetLoader loader = new RuleSetLoader(rulesDir, cache);
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
            RuleSet published = old == null ? null : old.ruleSet();
            boolean firstLoad = published == null;
            String hash = null;
            try {
                long started = System.nanoTime();
                hash = loader.contentHash(folder);
                if (!force && published != null && published.contentHash().equals(hash)) {
                    loaded.add(new Entry(name, published, old.loadedAt(), null)); // unchanged (or an edit undone)
                    continue;
                }
                if (!force && old != null && old.candidate() != null && !old.candidate().refused()
                        && old.candidate().contentHash().equals(hash)) {
                    loaded.add(old); // the candidate already waiting
                    continue;
                }
                // one service at a time among those sharing the rule cache: the others then find the compiled
                // rule set and its passed rule tests there
                record Checked(RuleSet candidate, List<RuleProblem> problems) {
                }
                Checked checked = cache.exclusively(name, () -> {
                    RuleSetLoader.Hashes tested = loader.hashes(folder);
                    RuleSet compiled = compile(loader, folder);
                    return new Checked(compiled, ruleTests(loader, folder, name, compiled, tested));
                });
                RuleSet candidate = checked.candidate();
                List<RuleProblem> problems = checked.problems();
                if (!problems.isEmpty()) {
                    LOG.errorf("Rule set %s: candidate %s refused (%s), %d problem(s), first: %s", name, hash,
                            firstLoad ? "nothing serves" : "the published version keeps serving", problems.size(), problems.get(0));
                    loaded.add(new Entry(name, published, old == null ? Instant.now() : old.loadedAt(),
                            new Candidate(hash, Candidate.State.REFUSED, Instant.now(), by, problems, candidate)));
                    continue;
                }
                if (!firstLoad && config.publishMode() == PublishMode.MANUAL) {
                    LOG.infof("Rule set %s: candidate %s passed its checks and waits for an admin to publish it", name, hash);
                    loaded.add(new Entry(name, published, old.loadedAt(),
                            new Candidate(hash, Candidate.State.WAITING, Instant.now(), by, List.of(), candidate)));
                    continue;
                }
                // a replacement runs many times before it serves, so requests around a reload stay fast; a
                // first load has run its rule tests, enough that the first request does not load classes
                if (!firstLoad) {
                    warm(candidate, REPLACEMENT_WARM_ROUNDS);
                }
                LOG.infof("Rule set %s loaded%s: %d criteria, %d rules, %s, in %d ms", name,
                        candidate.fromCache() ? " from the rule cache" : "",
                        candidate.catalogue().criteria().size(), candidate.rules().size(), candidate.contentHash(),
                        (System.nanoTime() - started) / 1_000_000);
                logPublication(new Publication(name, candidate.id(), firstLoad ? null : published.contentHash(),
                        candidate.contentHash(), firstLoad ? "start-up" : by, Instant.now()));
                loaded.add(new Entry(name, candidate, Instant.now(), null));
            } catch (RuleSetException e) {
                LOG.errorf("Rule set %s refused (%s):%n%s", name,
                        published == null ? "not serving" : "the last good version keeps serving", e.getMessage());
                loaded.add(new Entry(name, published, old == null ? Instant.now() : old.loadedAt(),
                        new Candidate(hash == null ? "" : hash, Candidate.State.REFUSED, Instant.now(), by, e.problems(), null)));
            }
        }
        if (loaded.isEmpty()) {
            LOG.errorf("No rule sets found under %s", rulesDir.toAbsolutePath());
        }
        state.set(new State(List.copyOf(loaded), List.of(), fingerprint));
        events.fire(new RulesLoadEvents.Reloaded(true));
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
        events.fire(new RulesLoadEvents.Reloaded(false));
        return before.entries();
    }

    /** Compiles a folder, or takes its compilation from the early load when that read the same files. */
    private RuleSet compile(RuleSetLoader loader, Path folder) throws RuleSetException {
        EarlyRuleLoad.Outcome outcome = early == null ? null : early.get(folder.toAbsolutePath().normalize());
        String name = folder.getParent() == null ? folder.getFileName().toString()
                : folder.getParent().getFileName() + "/" + folder.getFileName(); // <material>/<revision>
        if (outcome != null && outcome.ruleSet() != null && outcome.ruleSet().contentHash().equals(loader.contentHash(folder))) {
            events.fire(new RulesLoadEvents.Compiled(name, true, outcome.took()));
            return outcome.ruleSet();
        }
        long started = System.nanoTime();
        try {
            RuleSet ruleSet = loader.load(folder);
            events.fire(new RulesLoadEvents.Compiled(name, true, Duration.ofNanos(System.nanoTime() - started)));
            return ruleSet;
        } catch (RuleSetException e) {
            events.fire(new RulesLoadEvents.Compiled(name, false, Duration.ofNanos(System.nanoTime() - started)));
            throw e;
        }
    }

    /**
     * The candidate's rule-test problems; none without running them when this build passed the rule tests
     * of exactly these files (rules and tests) today. Sound because the tests' outcome is decided by those
     * files, the build's code and today's date (the plan reader's horizon), nothing else.
     */
    private List<RuleProblem> ruleTests(RuleSetLoader loader, Path folder, String name, RuleSet candidate,
            RuleSetLoader.Hashes tested) throws RuleSetException {
        if (candidate.contentHash().equals(tested.content()) && cache.gatePassed(name, tested.tested())) {
            LOG.infof("Rule set %s: this build passed its rule tests with these files today; not run again", name);
            return List.of();
        }
        List<RuleProblem> problems = gate.check(candidate);
        if (problems.isEmpty() && candidate.contentHash().equals(tested.content())
                && tested.equals(loader.hashes(folder))) { // the files compiled and tested, not edited meanwhile
            cache.recordGatePassed(name, tested.tested());
        }
        return problems;
    }

    /** Reloads when a file under the rules directory was added, removed or changed since the last load. */
    synchronized void reloadIfChanged() { // under the reload lock: an edit an admin reload just loaded is not compiled twice
        try {
            String now = fingerprint();
            if (!now.equals(state.get().fingerprint())) { // null, after the directory could not be read, never equals
                LOG.infof("Rules changed under %s; reloading", rulesDir.toAbsolutePath());
                reload(false, "watcher");
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
    /**
     * Rounds of the test plans a replacement runs before it serves: past Drools' threshold for compiling a
     * constraint (20 evaluations), so requests after a switch do not meet interpreted constraints. The
     * engine's own code is already compiled by the rule set it replaces. (It was 200; on two cores shared
     * by three replicas that took 4-8 s of each one's switch. BENCHMARKS.md, replicas.)
     */
    static final int REPLACEMENT_WARM_ROUNDS = 50;

    private void warm(RuleSet ruleSet, int rounds) {
        try {
            warmer.warm(ruleSet, rounds);
        } catch (RuntimeException e) {
            LOG.warnf("Could not warm rule set %s: %s", ruleSet.id(), e.getMessage());
        }
    }

    /** Why a candidate cannot be published. */
    public static class NotPublishable extends Exception {
        public NotPublishable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Puts a waiting candidate into service (manual mode): warmed, swapped in at once, and logged.
     *
     * @param ruleSetId the rule set's id ({@code critical-minerals})
     * @param hash      the candidate's content hash, with or without its {@code sha256:} prefix
     * @return the folder's entry, now serving the candidate
     * @throws NotPublishable when no such candidate waits (none, another hash, or refused)
     */
    public synchronized Entry publish(String ruleSetId, String hash, String by) throws NotPublishable {
        State now = state.get();
        String wanted = hash.startsWith("sha256:") ? hash : "sha256:" + hash;
        for (Entry entry : now.entries()) {
            Candidate candidate = entry.candidate();
            if (candidate == null || !candidate.contentHash().equals(wanted) || candidate.ruleSet() == null
                    || !candidate.ruleSet().id().equals(ruleSetId)) {
                continue;
            }
            if (candidate.refused()) {
                throw new NotPublishable("Candidate " + wanted + " of " + entry.folder() + " was refused ("
                        + candidate.problems().size() + " problem(s)); it cannot be published.");
            }
            // logged first: a publication the log could not take (its database down) is not made
            logPublication(new Publication(entry.folder(), ruleSetId,
                    entry.ruleSet() == null ? null : entry.ruleSet().contentHash(), candidate.contentHash(), by, Instant.now()));
            return serve(now, entry);
        }
        throw new NotPublishable("No candidate " + wanted + " of rule set " + ruleSetId + " waits to be published.");
    }

    /** Puts the entry's waiting candidate into service: warmed, then swapped in at once. */
    private Entry serve(State now, Entry entry) {
        Candidate candidate = entry.candidate();
        warm(candidate.ruleSet(), REPLACEMENT_WARM_ROUNDS);
        Entry published = new Entry(entry.folder(), candidate.ruleSet(), Instant.now(), null);
        List<Entry> entries = new ArrayList<>(now.entries());
        entries.set(entries.indexOf(entry), published);
        state.set(new State(List.copyOf(entries), now.problems(), now.fingerprint()));
        return published;
    }

    /** Logs a publication made here, and tells the observers (the metrics). */
    private void logPublication(Publication publication) {
        publications.record(publication);
        events.fire(new RulesLoadEvents.Published(publication));
    }

    /**
     * Follows the publications other replicas logged since this one started (a shared log): for each
     * folder, the latest one made on purpose (by an admin, or by a watcher in auto mode; a replica's
     * start-up load publishes nothing for the others) is served here as soon as this replica's own
     * waiting candidate has its content hash, which its checks and rule tests passed here too.
     * Nothing is logged again: the publication is the one made on the other replica.
     *
     * @return the folders put into service
     */
    synchronized List<String> followPublications() {
        Map<String, Publication> latest = new LinkedHashMap<>();
        for (Publication publication : publications.since(followFrom)) {
            if (!"start-up".equals(publication.by())) {
                latest.put(publication.folder(), publication);
            }
        }
        List<String> followed = new ArrayList<>();
        for (Publication publication : latest.values()) {
            State now = state.get();
            for (Entry entry : now.entries()) {
                Candidate candidate = entry.candidate();
                if (!entry.folder().equals(publication.folder()) || candidate == null || candidate.refused()
                        || candidate.ruleSet() == null || !candidate.contentHash().equals(publication.contentHash())) {
                    continue;
                }
                serve(now, entry);
                LOG.infof("Rule set %s: serving %s, published by %s on another replica at %s", entry.folder(),
                        candidate.contentHash(), publication.by(), publication.at());
                events.fire(new RulesLoadEvents.Published(new Publication(entry.folder(), candidate.ruleSet().id(),
                        entry.ruleSet() == null ? null : entry.ruleSet().contentHash(), candidate.contentHash(),
                        publication.by(), Instant.now())));
                followed.add(entry.folder());
            }
        }
        return followed;
    }

    private void followPublicationsQuietly() {
        try {
            followPublications();
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.debugf("Publications follower stopped: %s", e.getMessage());
            } else {
                LOG.warnf("Could not read the publications of the other replicas; trying again: %s", e.getMessage());
            }
        }
    }

    /** The candidate of that rule set and hash (waiting or refused), if the registry holds one. */
    public java.util.Optional<Entry> candidate(String ruleSetId, String hash) {
        String wanted = hash.startsWith("sha256:") ? hash : "sha256:" + hash;
        return entries().stream().filter(e -> e.candidate() != null && e.candidate().contentHash().equals(wanted)
                && (e.ruleSet() != null && e.ruleSet().id().equals(ruleSetId)
                    || e.candidate().ruleSet() != null && e.candidate().ruleSet().id().equals(ruleSetId))).findFirst();
    }

    public PublishMode publishMode() {
        return config.publishMode();
    }

    public List<Publication> publications() {
        return publications.list();
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
