package dev.kakuho.rules;

import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Compiles the rule sets on a thread of their own from the moment the JVM starts, while Quarkus
 * boots on another (and keeps its jars open, which makes the compiler's classes quick to load).
 * The registry takes the result if it was made from the rules directory it is configured with;
 * otherwise it loads as usual.
 */
public final class EarlyRuleLoad {

    /** A folder's outcome: the rule set, or why it was refused; and how long compiling it took. */
    record Outcome(RuleSet ruleSet, RuleSetException refused, java.time.Duration took) {
    }

    record Result(Path rulesDir, RuleSetCache cache, Map<Path, Outcome> outcomes) {
    }

    private static volatile CompletableFuture<Result> pending;

    private EarlyRuleLoad() {
    }

    /** Starts compiling the rules found where the service will look for them (rules.dir / RULES_DIR / rules). */
    public static void begin() {
        SmallRyeConfig config = configuration();
        Path rulesDir = Path.of(config.getOptionalValue("rules.dir", String.class).orElse(RulesConfig.DEFAULT_DIR))
                .toAbsolutePath().normalize();
        boolean cacheEnabled = config.getOptionalValue("rules.cache.enabled", Boolean.class)
                .orElse(Boolean.parseBoolean(RulesConfig.Cache.DEFAULT_ENABLED));
        Path cacheDir = Path.of(config.getOptionalValue("rules.cache.dir", String.class).orElse(RulesConfig.Cache.DEFAULT_DIR))
                .toAbsolutePath().normalize();
        CompletableFuture<Result> result = new CompletableFuture<>();
        pending = result;
        Thread thread = new Thread(() -> {
            Result loaded;
            try {
                loaded = load(rulesDir, cacheEnabled, cacheDir);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                return;
            }
            result.complete(loaded);
            loaded.outcomes().values().stream().map(Outcome::ruleSet)
                    .filter(ruleSet -> ruleSet != null && ruleSet.fromCache()).forEach(EarlyRuleLoad::warm);
        }, "rules-early-load");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs a rule set taken from the cache on its test plans while the service still starts: a start that
     * skips the rule tests (passed before with the same files) would otherwise leave the first request to
     * load the evaluation's classes and warm the rules' constraints. The rule set may already serve: a
     * rule base is shared by any number of evaluations.
     */
    private static void warm(RuleSet ruleSet) {
        Path plans = ruleSet.directory().resolve(RuleSetLoader.TESTS).resolve("plans");
        try (Stream<Path> files = Files.list(plans)) {
            PlanReader reader = PlanReader.create();
            List<Plan> read = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                read.add(reader.read(Files.readAllBytes(file)));
            }
            for (int round = 0; round < WARM_ROUNDS; round++) {
                read.forEach(ruleSet::evaluate);
            }
        } catch (IOException | RuntimeException e) {
            // a warm-up is an optimisation: the rule set serves cold
        }
    }

    /**
     * Enough rounds to load the evaluation's classes: the first request then takes 75-107 ms instead of
     * 660-800 ms. Not the 20 evaluations after which Drools compiles a constraint: 25 rounds delayed the
     * start by 0.5 s on two cores (BENCHMARKS.md), and the first requests reach that threshold soon enough.
     */
    private static final int WARM_ROUNDS = 3;

    /**
     * {@code rules.dir} as the service will read it (system property, environment, application.properties),
     * read before Quarkus starts through a configuration of its own: the service's is not up yet.
     */
    private static SmallRyeConfig configuration() {
        return new SmallRyeConfigBuilder().addDefaultSources().addDefaultInterceptors()
                // application.properties at the ordinal Quarkus gives it: below system properties and environment
                .withSources(PropertiesConfigSourceLoader.inClassPath("application.properties", 250,
                        EarlyRuleLoad.class.getClassLoader()).toArray(ConfigSource[]::new))
                .build();
    }

    private static Result load(Path rulesDir, boolean cacheEnabled, Path cacheDir) {
        RuleSetCache cache = RuleSetCache.of(cacheEnabled, cacheDir);
        RuleSetLoader loader = new RuleSetLoader(rulesDir, cache);
        Map<Path, Outcome> outcomes = new LinkedHashMap<>();
        for (Path folder : loader.findRuleSets()) {
            long started = System.nanoTime();
            try {
                RuleSet ruleSet = cache.exclusively(RuleSetLoader.folderName(folder.toAbsolutePath().normalize()),
                        () -> loader.load(folder));
                outcomes.put(folder.toAbsolutePath().normalize(),
                        new Outcome(ruleSet, null, java.time.Duration.ofNanos(System.nanoTime() - started)));
            } catch (RuleSetException e) {
                outcomes.put(folder.toAbsolutePath().normalize(),
                        new Outcome(null, e, java.time.Duration.ofNanos(System.nanoTime() - started)));
            }
        }
        return new Result(rulesDir, cache, outcomes);
    }

    /**
     * The early result for {@code rulesDir} and that cache, taken once; null if none was started, it was
     * made from another directory or with another cache, or it failed.
     */
    static Map<Path, Outcome> take(Path rulesDir, RuleSetCache cache) {
        CompletableFuture<Result> started = pending;
        pending = null;
        if (started == null) {
            return null;
        }
        try {
            Result result = started.get();
            return result.rulesDir().equals(rulesDir.toAbsolutePath().normalize()) && result.cache().sameAs(cache)
                    ? result.outcomes() : null;
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
