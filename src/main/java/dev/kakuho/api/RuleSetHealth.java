package dev.kakuho.api;

import dev.kakuho.rules.RuleSetRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while at least one rule set serves. A rule set that failed to load makes the service
 * degraded, not down: it still answers with what it has, and the check names the problem. Each
 * folder's content hash is shown, so replicas can be seen to serve the same rules.
 */
@Readiness
@ApplicationScoped
public class RuleSetHealth implements HealthCheck {

    @Inject
    RuleSetRegistry registry;

    @Override
    public HealthCheckResponse call() {
        var entries = registry.entries();
        long serving = entries.stream().filter(e -> e.ruleSet() != null).count();
        long failing = entries.stream().filter(e -> !e.healthy()).count() + registry.problems().size();
        HealthCheckResponseBuilder health = HealthCheckResponse.named("rule-sets")
                .status(serving > 0)
                .withData("serving", serving)
                .withData("state", serving == 0 ? "DOWN" : failing > 0 ? "DEGRADED" : "OK");
        // a summary only: the problems themselves are for the admin (GET /api/v1/rule-sets with the credential)
        // the content hash each folder serves, so replicas behind one address can be compared
        entries.stream().filter(e -> e.ruleSet() != null)
                .forEach(e -> health.withData(e.folder() + " contentHash", e.ruleSet().contentHash()));
        entries.stream().filter(e -> !e.healthy()).forEach(e -> health.withData(e.folder(),
                (e.ruleSet() == null ? "FAILED" : "STALE") + ": " + e.problems().size() + " problem(s)"));
        entries.stream().filter(e -> e.candidate() != null && !e.candidate().refused())
                .forEach(e -> health.withData(e.folder(), "a candidate waits to be published"));
        registry.problems().forEach(p -> health.withData("rules", p.toString())); // the directory as a whole: no file or line
        return health.build();
    }
}
