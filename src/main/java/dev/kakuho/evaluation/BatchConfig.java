package dev.kakuho.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/** Limits of a batch of evaluations ({@code evaluation.batch.*}, environment {@code EVALUATION_BATCH_*}). */
@ConfigMapping(prefix = "evaluation.batch")
public interface BatchConfig {

    /** The most plans one batch may hold; more gets a 413 naming this limit. */
    @WithDefault("1000")
    @Positive
    int maxPlans();

    /**
     * The largest batch body, in bytes (each plan in it is still held to {@code evaluation.max-body-bytes}).
     * Keep it below {@code quarkus.http.limits.max-body-size}.
     */
    @WithDefault("8388608")
    @Positive
    long maxBodyBytes();
}
