package dev.kakuho.evaluation;

import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.report.ReportBuilder;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetLoader;
import dev.kakuho.rules.RuleSetWarmer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Warms a rule set on its own test plans ({@code tests/plans/*.json}) through the whole evaluation:
 * read, run, write the report.
 */
@ApplicationScoped
public class TestPlanWarmer implements RuleSetWarmer {

    private static final Logger LOG = Logger.getLogger(TestPlanWarmer.class);

    private final ReportBuilder reports = new ReportBuilder();
    private final PlanReader reader;

    public TestPlanWarmer(PlanReader reader) {
        this.reader = reader;
    }

    @Override
    public void warm(RuleSet ruleSet, int rounds) {
        Path plans = ruleSet.directory().resolve(RuleSetLoader.TESTS).resolve("plans");
        if (!Files.isDirectory(plans)) {
            return;
        }
        try (Stream<Path> files = Files.list(plans)) {
            List<Plan> warmUp = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                warmUp.add(reader.read(Files.readAllBytes(file)));
            }
            for (int round = 0; round < rounds; round++) {
                for (Plan plan : warmUp) {
                    reports.build(ruleSet, plan, ruleSet.evaluate(plan), Language.JA);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not warm rule set %s on its test plans: %s", ruleSet.id(), e.getMessage());
        }
    }
}
