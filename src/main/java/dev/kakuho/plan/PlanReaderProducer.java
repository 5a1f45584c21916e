package dev.kakuho.plan;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's one plan reader, built as everywhere else by {@link PlanReader#create}, with the code
 * lists of the configured rules directory and the configured application horizon (both declared, with
 * their defaults, in RulesConfig and EvaluationConfig, which this lowest package may not import).
 */
public class PlanReaderProducer {

    @Produces
    @Singleton
    PlanReader planReader(@ConfigProperty(name = "rules.dir") Path rulesDir,
                          @ConfigProperty(name = "evaluation.application-date-horizon") Period applicationHorizon) {
        return PlanReader.create(PlanCodes.load(rulesDir), Clock.systemDefaultZone(), applicationHorizon);
    }
}
