package dev.kakuho.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;

/** Limits and access of evaluations ({@code evaluation.*}, environment {@code EVALUATION_*}). */
@ConfigMapping(prefix = "evaluation")
public interface EvaluationConfig {

    /**
     * A larger body gets a 413: by its Content-Length before it is read, or, sent without one, as
     * soon as reading passes it. Keep it below {@code quarkus.http.limits.max-body-size}.
     */
    @WithDefault("262144")
    @Positive
    long maxBodyBytes();

    /** Keys one of which requests under {@link #protectedPaths()} must present; none: evaluation is open. */
    Optional<List<String>> apiKeys();

    /** Path prefixes the API keys guard ({@code /reports} is where the page at / evaluates). */
    @WithDefault("/api/v1/evaluations,/reports")
    List<String> protectedPaths();
}
