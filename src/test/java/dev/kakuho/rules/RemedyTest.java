package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemedyTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aDecisionsRemediesAreTheRulesThenRequiredForEachAbsentField() throws Exception {
        Decision decision = new Decision(List.of("period.mine"), "PeriodTooShort", Status.FAIL, List.of("/period/productionStart"))
                .remedy("/period/end", ">=", LocalDate.of(2033, 3, 31))
                .remedy("/mineral", "one of", List.of("LITHIUM", "NICKEL"))
                .remedy("/dependency/projectedSharePercent", "<", 49.50);
        assertEquals(List.of(">= 2033-03-31", "one of [LITHIUM, NICKEL]", "< 49.5", "required"),
                decision.remedies().stream().map(Remedy::requirement).toList());
        assertEquals("{\"pointer\":\"/period/end\",\"operator\":\">=\",\"value\":\"2033-03-31\",\"requirement\":\">= 2033-03-31\"}",
                JSON.writeValueAsString(decision.remedies().get(0)));
        assertEquals("{\"pointer\":\"/period/productionStart\",\"operator\":\"required\",\"requirement\":\"required\"}",
                JSON.writeValueAsString(decision.remedies().get(3)));
    }

    @Test
    void aMalformedRemedyIsAFaultInTheRule() {
        Decision decision = new Decision(List.of("x"), "Rule", Status.FAIL, List.of());
        assertThrows(IllegalArgumentException.class, () -> decision.remedy("/a", "=>", 1));
        assertThrows(IllegalArgumentException.class, () -> decision.remedy("period/end", ">=", 1));
        assertThrows(IllegalArgumentException.class, () -> decision.remedy("/a", "one of", "LITHIUM"));
        assertThrows(IllegalArgumentException.class, () -> decision.remedy("/a", ">", null));
        assertThrows(IllegalArgumentException.class, () -> decision.remedy("/a", "required", 1));
    }
}
