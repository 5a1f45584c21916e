package dev.kakuho.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.Leaning;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Review items carry the leaning their rule gave (NEUTRAL unless it said otherwise), and the report counts them by it. */
class LeaningTest {

    private static final Path RULES = Path.of("rules", "critical-minerals", "2026-03-30");

    @Test
    void aReviewItemLeansAsItsRuleSaysAndTheSummaryCountsItemsByLeaning() throws Exception {
        ObjectNode plan = (ObjectNode) new ObjectMapper().readTree(Files.readAllBytes(RULES.resolve("tests/plans/mine-development.json")));
        ((ObjectNode) plan.path("economics")).put("investmentWithinApplicant", false);
        Report report = report(plan);

        Report.ReviewItem outside = item(report, "mine.special-case.in-house");
        assertEquals(Leaning.AGAINST, outside.leaning(), "an investment outside the applicant leans against: " + outside);
        assertEquals(Leaning.NEUTRAL, item(report, "goal.effectiveness").leaning(), "no leaning said: neutral");
        long against = report.reviewItems().stream().filter(i -> i.leaning() == Leaning.AGAINST).count();
        long neutral = report.reviewItems().stream().filter(i -> i.leaning() == Leaning.NEUTRAL).count();
        assertEquals(Map.of(Leaning.AGAINST, (int) against, Leaning.NEUTRAL, (int) neutral, Leaning.SUPPORTS,
                report.reviewItems().size() - (int) against - (int) neutral), report.reviewSummary());
        assertEquals(1, report.reviewSummary().get(Leaning.AGAINST));
    }

    @Test
    void withoutTheFactThatLeansAgainstNothingLeansAgainst() throws Exception {
        ObjectNode plan = (ObjectNode) new ObjectMapper().readTree(Files.readAllBytes(RULES.resolve("tests/plans/mine-development.json")));
        ((ObjectNode) plan.path("economics")).put("investmentWithinApplicant", true);
        assertEquals(0, report(plan).reviewSummary().get(Leaning.AGAINST));
    }

    private static Report report(ObjectNode plan) throws Exception {
        Plan read = PlanReader.create().read(new ObjectMapper().writeValueAsBytes(plan));
        RuleSet ruleSet = new RuleSetLoader(Path.of("rules")).load(RULES);
        return new ReportBuilder().build(ruleSet, read, ruleSet.evaluate(read), Language.JA);
    }

    private static Report.ReviewItem item(Report report, String criterion) {
        return report.reviewItems().stream().filter(i -> i.criterion().equals(criterion)).findFirst()
                .orElseThrow(() -> new AssertionError("no review item for " + criterion + " in " + report.reviewItems()));
    }
}
