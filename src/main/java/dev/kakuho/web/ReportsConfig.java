package dev.kakuho.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/** Reports kept in memory for the page ({@code reports.*}, environment {@code REPORTS_*}). */
@ConfigMapping(prefix = "reports")
public interface ReportsConfig {

    /** How long a report stays at its address. */
    @WithDefault("PT1H")
    Duration keep();

    /** How many reports are kept at most, the oldest dropped first. */
    @WithDefault("100")
    @Positive
    int capacity();
}
