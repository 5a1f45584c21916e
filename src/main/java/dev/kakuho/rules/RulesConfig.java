package dev.kakuho.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Where the rules are and how often they are checked for edits ({@code rules.*}, environment {@code RULES_*}). */
@ConfigMapping(prefix = "rules")
public interface RulesConfig {

    /** The default of {@code rules.dir}, also used by {@link EarlyRuleLoad} before the configuration is up. */
    String DEFAULT_DIR = "rules";

    /** The rules directory, one folder per material and revision; relative to the working directory. */
    @WithDefault(DEFAULT_DIR)
    Path dir();

    /** How often the rules directory is checked for edits; 0 turns watching off. */
    @WithDefault("2s")
    Duration watchInterval();

    /**
     * What happens to a rules edit that passes its checks and rule tests: {@code auto}, it serves at
     * once; {@code manual}, it waits until an admin publishes it.
     */
    @WithDefault("auto")
    PublishMode publishMode();

    /** Compiled rule sets kept across restarts ({@code rules.cache.*}). */
    Cache cache();

    interface Cache {

        /** The defaults, also used by {@link EarlyRuleLoad} before the configuration is up. */
        String DEFAULT_DIR = "data/rule-cache";
        String DEFAULT_ENABLED = "true";

        /** Whether a rule set compiled and checked once is kept for the next start of the same build. */
        @WithDefault(DEFAULT_ENABLED)
        boolean enabled();

        /** Where the compiled rule sets are kept; relative to the working directory. Deleting it is always safe. */
        @WithDefault(DEFAULT_DIR)
        Path dir();
    }
}
