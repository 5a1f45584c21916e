package dev.kakuho.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetLoader;
import dev.kakuho.rules.RuleSets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the reports stored beside the example plans ({@code examples/<activity>/<name>.plan.json} →
 * {@code <name>.report.json}, in English) in step with the rules. After a deliberate rule change,
 * regenerate them with {@code ./mvnw test -Dtest=ExamplesTest -Dexamples.update=true} and review the diff.
 */
class ExamplesTest {

    static final Path EXAMPLES = Path.of("examples");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<Path> examplePlans() throws Exception {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            List<Path> plans = files.filter(f -> f.toString().endsWith(".plan.json")).sorted().toList();
            assertFalse(plans.isEmpty(), "no example plans under " + EXAMPLES);
            return plans.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examplePlans")
    void storedReportMatchesTheRules(Path planFile) throws Exception {
        Plan plan = PlanReader.create().read(Files.readAllBytes(planFile));
        RuleSetLoader loader = new RuleSetLoader(Path.of("rules"));
        RuleSet ruleSet = Rules.forDate(loader, plan);
        Report report = new ReportBuilder().build(ruleSet, plan, ruleSet.evaluate(plan), Language.EN);
        String actual = JSON.writeValueAsString(report) + "\n";
        Path stored = Path.of(planFile.toString().replace(".plan.json", ".report.json"));
        if (Boolean.getBoolean("examples.update")) {
            Files.writeString(stored, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.exists(stored) ? Files.readString(stored, StandardCharsets.UTF_8) : "(no stored report)";
        assertEquals(expected, actual, stored + " is out of step with the rules; regenerate with -Dexamples.update=true "
                + "and review the difference");
    }

    /** Rule sets loaded once per test run, picked by application date as the service picks them. */
    static final class Rules {
        private static List<RuleSet> loaded;

        static synchronized RuleSet forDate(RuleSetLoader loader, Plan plan) throws Exception {
            if (loaded == null) {
                loaded = new java.util.ArrayList<>();
                for (Path folder : loader.findRuleSets()) {
                    loaded.add(loader.load(folder));
                }
            }
            return RuleSets.select(loaded, plan.getMaterial(), plan.getApplicationDate());
        }
    }
}
