package dev.kakuho.rules;

import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
        pending = CompletableFuture.supplyAsync(() -> load(rulesDir, cacheEnabled, cacheDir), runnable -> {
            Thread thread = new Thread(runnable, "rules-early-load");
            thread.setDaemon(true);
            thread.start();
        });
    }

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
                RuleSet ruleSet = loader.load(folder);
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
