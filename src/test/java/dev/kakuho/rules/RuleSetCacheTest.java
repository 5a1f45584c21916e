package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.report.ReportBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-rule cache is verified, never trusted: an entry is used only for the same files and the
 * same build, intact; anything else compiles the DRL again, and a cache that cannot be written stops nothing.
 */
class RuleSetCacheTest {

    private static final String BUILD = "build:test-1";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static RulesCopy rules;
    private static Path folder;

    @TempDir
    Path cacheDir;

    @BeforeAll
    static void copyRules() {
        rules = RulesCopy.create();
        folder = rules.file(RulesCopy.REVISION);
    }

    private RuleSet load(String build) throws RuleSetException {
        return new RuleSetLoader(rules.root(), new RuleSetCache(cacheDir, build)).load(folder);
    }

    /** A load of the copy's rule set through this test's cache, as this build. */
    private RuleSet load(RulesCopy copy) throws RuleSetException {
        return new RuleSetLoader(copy.root(), new RuleSetCache(cacheDir, BUILD)).load(copy.file(RulesCopy.REVISION));
    }

    /** Replaces {@code from} (which must be there) by {@code to} in a file of the copy's rule set. */
    private static void edit(RulesCopy copy, String file, String from, String to) {
        String path = RulesCopy.REVISION + "/" + file;
        assertTrue(copy.read(path).contains(from), from + " in " + path);
        copy.write(path, copy.read(path).replace(from, to));
    }

    private Path entry() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            List<Path> entries = files.filter(f -> f.toString().endsWith(".kbase")).toList();
            assertEquals(1, entries.size(), "one entry per rule-set folder: " + entries);
            return entries.get(0);
        }
    }

    @Test
    void aSecondLoadOfTheSameFilesBySameBuildComesFromTheCache() throws RuleSetException {
        RuleSet first = load(BUILD);
        RuleSet second = load(BUILD);
        assertFalse(first.fromCache(), "nothing was cached before the first load");
        assertTrue(second.fromCache());
        assertEquals(first.contentHash(), second.contentHash());
        assertEquals(first.rules().keySet(), second.rules().keySet());
    }

    @Test
    void aCacheHitGivesTheSameReportsAsAFreshCompileOnEveryExample() throws Exception {
        RuleSet fresh = new RuleSetLoader(Path.of("rules")).load(Path.of("rules", RulesCopy.REVISION));
        RuleSetLoader cachedLoader = new RuleSetLoader(Path.of("rules"), new RuleSetCache(cacheDir, BUILD));
        cachedLoader.load(Path.of("rules", RulesCopy.REVISION));
        RuleSet cached = cachedLoader.load(Path.of("rules", RulesCopy.REVISION));
        assertTrue(cached.fromCache());
        List<Path> plans;
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            plans = files.filter(f -> f.toString().endsWith(".plan.json")).sorted().toList();
        }
        assertTrue(plans.size() >= 10, "the examples: " + plans);
        ReportBuilder reports = new ReportBuilder();
        for (Path file : plans) {
            Plan plan = PlanReader.create().read(Files.readAllBytes(file));
            if (!fresh.manifest().material().equals(plan.getMaterial()) || !fresh.appliesOn(plan.getApplicationDate())) {
                continue;
            }
            for (Language language : Language.values()) {
                assertEquals(JSON.writeValueAsString(reports.build(fresh, plan, fresh.evaluate(plan), language)),
                        JSON.writeValueAsString(reports.build(cached, plan, cached.evaluate(plan), language)),
                        file + " in " + language);
            }
        }
    }

    @Test
    void changedRulesAreCompiledAgainNotTakenFromTheStaleEntry() throws RuleSetException {
        RulesCopy edited = RulesCopy.create();
        RuleSet before = load(edited);
        edit(edited, "s4-periods.drl", "rule \"OperationPeriodTooShort\"", "rule \"OperationPeriodTooShortRenamed\"");
        RuleSet after = load(edited);
        assertNotEquals(before.contentHash(), after.contentHash());
        assertFalse(after.fromCache(), "an entry made from other files is not used");
        assertTrue(after.rules().containsKey("OperationPeriodTooShortRenamed"), after.rules().keySet().toString());
        assertFalse(after.rules().containsKey("OperationPeriodTooShort"));
        // the entry now holds the edited rules
        assertTrue(load(edited).fromCache());
    }

    @Test
    void anEditOfClauseTextsAloneReusesTheCompiledRulesAndServesTheNewTexts() throws RuleSetException {
        RulesCopy edited = RulesCopy.create();
        RuleSet before = load(edited);
        edit(edited, "clauses.yaml", "the policy covers for the time being;", "the policy covers for the time being (reworded);");
        RuleSet after = load(edited);
        assertTrue(after.fromCache(), "the DRL files are the same: nothing to compile");
        assertNotEquals(before.contentHash(), after.contentHash(), "the rule set itself did change");
        assertTrue(after.catalogue().criterion("scope.mineral").summary().contains("(reworded)"),
                after.catalogue().criterion("scope.mineral").summary());
    }

    @Test
    void aCachedRuleBaseIsStillCheckedAgainstTheEditedParameters() throws RuleSetException {
        RulesCopy edited = RulesCopy.create();
        load(edited);
        edit(edited, "parameters.yaml", "periods.mine.minimumYears:", "periods.mine.minimumYearsRenamed:");
        RuleSetException refused = org.junit.jupiter.api.Assertions.assertThrows(RuleSetException.class, () -> load(edited));
        assertTrue(refused.getMessage().contains("periods.mine.minimumYears"), refused.getMessage());
    }

    @Test
    void aServiceWaitsForAnotherProcessHoldingTheRuleSetsLockBeforeCompilingIt() throws Exception {
        RuleSetCache cache = new RuleSetCache(cacheDir, BUILD);
        Path released = cacheDir.resolve("released-by-the-other-process");
        Path ready = cacheDir.resolve("locked-by-the-other-process");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                cacheDir.resolve(RulesCopy.REVISION.replaceAll("[^A-Za-z0-9._-]", "_") + ".lock").toString(),
                ready.toString(), released.toString()).inheritIO().start();
        try {
            for (int i = 0; i < 600 && !Files.exists(ready); i++) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(ready), "the other process took the lock");
            boolean releasedFirst = cache.exclusively(RulesCopy.REVISION, () -> Files.exists(released));
            assertTrue(releasedFirst, "the work ran only after the other process let go of the lock");
        } finally {
            other.destroyForcibly();
        }
        assertEquals("ran", cache.exclusively(RulesCopy.REVISION, () -> "ran"), "and the lock is free again");
        assertEquals("ran", RuleSetCache.NONE.exclusively(RulesCopy.REVISION, () -> "ran"), "no cache: nothing to wait for");
    }

    /** Another process: takes the lock, says so, holds it a moment, marks that it lets go, and lets go. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(Path.of(args[0]),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                    java.nio.channels.FileLock lock = channel.lock()) {
                Files.writeString(Path.of(args[1]), "locked");
                Thread.sleep(1500);
                Files.writeString(Path.of(args[2]), "released");
            }
        }
    }

    @Test
    void anotherBuildCompilesAgain() throws RuleSetException {
        load(BUILD);
        RuleSet otherBuild = load("build:test-2");
        assertFalse(otherBuild.fromCache(), "an entry another build wrote is not used");
        assertEquals(59, otherBuild.catalogue().criteria().size());
    }

    @Test
    void aTruncatedEntryIsCompiledAgainNotACrash() throws Exception {
        load(BUILD);
        Path entry = entry();
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        RuleSet again = load(BUILD);
        assertFalse(again.fromCache());
        assertEquals(59, again.catalogue().criteria().size());
        assertTrue(load(BUILD).fromCache(), "the damaged entry was replaced by a good one");
    }

    @Test
    void anEntryWithFlippedBytesIsCompiledAgain() throws Exception {
        load(BUILD);
        Path entry = entry();
        byte[] bytes = Files.readAllBytes(entry);
        for (int i = bytes.length - 1; i > bytes.length - 2000; i -= 97) {
            bytes[i] ^= 0x5a;
        }
        Files.write(entry, bytes);
        assertFalse(load(BUILD).fromCache());
        Files.write(entry, new byte[] {1, 2, 3});
        assertFalse(load(BUILD).fromCache(), "a file that is not an entry at all");
    }

    @Test
    void anUnwritableCacheDirectoryStopsNothing() throws Exception {
        Path blocked = cacheDir.resolve("blocked");
        Files.writeString(blocked, "a file where the cache directory should be");
        RuleSetLoader loader = new RuleSetLoader(rules.root(), new RuleSetCache(blocked.resolve("cache"), BUILD));
        assertEquals(59, loader.load(folder).catalogue().criteria().size());
        assertFalse(loader.load(folder).fromCache());
        RuleSetCache cache = new RuleSetCache(blocked.resolve("cache"), BUILD);
        cache.recordGatePassed(RulesCopy.REVISION, "sha256:x"); // logged, not thrown
        assertFalse(cache.gatePassed(RulesCopy.REVISION, "sha256:x"));
    }

    @Test
    void aPassedRuleTestGateCountsOnlyForTheSameFilesAndBuild() {
        RuleSetCache cache = new RuleSetCache(cacheDir, BUILD);
        assertFalse(cache.gatePassed(RulesCopy.REVISION, "sha256:a"));
        cache.recordGatePassed(RulesCopy.REVISION, "sha256:a");
        assertTrue(cache.gatePassed(RulesCopy.REVISION, "sha256:a"));
        assertFalse(cache.gatePassed(RulesCopy.REVISION, "sha256:b"), "other files (an edited rule test)");
        assertFalse(new RuleSetCache(cacheDir, "build:test-2").gatePassed(RulesCopy.REVISION, "sha256:a"), "another build");
        assertFalse(RuleSetCache.NONE.gatePassed(RulesCopy.REVISION, "sha256:a"));
    }

    @Test
    void theHashOfEverythingChangesWithARuleTestTheContentHashDoesNot() throws RuleSetException {
        RulesCopy edited = RulesCopy.create();
        RuleSetLoader loader = new RuleSetLoader(edited.root());
        RuleSetLoader.Hashes before = loader.hashes(edited.file(RulesCopy.REVISION));
        edited.write(RulesCopy.REVISION + "/tests/zz-extra.yaml", "[]\n");
        RuleSetLoader.Hashes after = loader.hashes(edited.file(RulesCopy.REVISION));
        assertEquals(before.content(), after.content());
        assertNotEquals(before.tested(), after.tested());
    }

    @Test
    void theRunningBuildHasAnId() {
        assertTrue(BuildId.current().startsWith("build:"));
        assertEquals(BuildId.current(), BuildId.current());
    }
}
