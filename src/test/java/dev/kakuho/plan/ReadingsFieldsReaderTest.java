package dev.kakuho.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fields the policy's readings added to the plan contract: period.developmentStart (第4節(1):
 * exploration ends the day before development starts) and change.exogenousCause (第4節 preamble:
 * shortening a period for an exogenous cause), and the sums the rules take of the plan's figures.
 */
class ReadingsFieldsReaderTest {

    private final PlanReader reader = PlanReader.create();

    private Plan read(String extra) {
        String json = "{\"planId\":\"T-1\",\"applicationDate\":\"2026-07-01\",\"mineral\":\"NICKEL\","
                + "\"activity\":\"EXPLORATION_FS\"" + extra + "}";
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheDateDevelopmentStarts() {
        Plan plan = read(",\"period\":{\"start\":\"2026-10-01\",\"end\":\"2034-03-31\",\"includesDevelopmentPhase\":true,"
                + "\"developmentStart\":\"2031-10-01\"}");
        assertEquals(LocalDate.of(2031, 10, 1), plan.getPeriod().getDevelopmentStart());
        assertEquals(List.of(), plan.absent("/period/developmentStart"));
    }

    @Test
    void anAbsentDevelopmentStartIsNamedByItsPointer() {
        Plan plan = read(",\"period\":{\"includesDevelopmentPhase\":true}");
        assertNull(plan.getPeriod().getDevelopmentStart());
        assertEquals(List.of("/period/developmentStart"), plan.absent("/period/developmentStart"));
    }

    @Test
    void refusesADevelopmentStartThatIsNotADate() {
        InvalidPlanException refused = assertThrows(InvalidPlanException.class,
                () -> read(",\"period\":{\"developmentStart\":\"2031-02-30\"}"));
        assertEquals(List.of("/period/developmentStart"), refused.errors().stream().map(FieldError::pointer).toList());
    }

    @Test
    void readsTheExogenousCauseOfAChange() {
        Plan plan = read(",\"applicationType\":\"CHANGE\",\"change\":{\"exogenousCause\":\"Port closed by export restrictions.\"}");
        assertEquals("Port closed by export restrictions.", plan.getChange().getExogenousCause());
    }

    @Test
    void refusesAnExogenousCauseThatIsNotAString() {
        InvalidPlanException refused = assertThrows(InvalidPlanException.class,
                () -> read(",\"change\":{\"exogenousCause\":42}"));
        assertEquals(List.of("/change/exogenousCause"), refused.errors().stream().map(FieldError::pointer).toList());
    }

    @Test
    void statedFundingSourcesCountAnAbsentOneAsNothingAndAddUpExactly() {
        Plan plan = read(",\"implementation\":{\"funding\":{\"totalCostYen\":10,\"ownFundsYen\":9223372036854775807,"
                + "\"grantRequestedYen\":1}}");
        assertEquals(new BigDecimal("9223372036854775808"), plan.getImplementation().getFunding().getStatedSourcesYen());
        assertNull(plan.getImplementation().getFunding().getSourcesYen(), "the sum of all four needs all four");
    }

    @Test
    void totalMarginAddsTheYearsInRangeOnly() {
        Plan plan = read(",\"economics\":{\"projections\":["
                + "{\"year\":2027,\"revenueYen\":0,\"operatingCostYen\":100},"
                + "{\"year\":2028,\"revenueYen\":50,\"operatingCostYen\":80},"
                + "{\"year\":2029,\"revenueYen\":100,\"operatingCostYen\":60}]}");
        assertEquals(BigDecimal.valueOf(10), plan.getEconomics().totalMarginYen(2028, 2029));
        assertEquals(Map.of(2028, -30L, 2029, 40L), plan.getEconomics().marginsYen(2028, 2029));
        assertTrue(plan.getEconomics().totalMarginYen(2027, 2029).signum() < 0);
    }
}
