package dev.kakuho.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A clause written from its once-encoded form reads exactly as Jackson would write it. */
class ClauseJsonTest {

    @Test
    void encodedOnceEqualsWrittenFieldByField() throws Exception {
        Report.Clause clause = new Report.Clause("第3章第4節(2)", "「5 年以上」\n\"quoted\" \\ tab\t",
                "At least 5 years.");
        ObjectMapper compact = new ObjectMapper();
        ObjectMapper pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String once = compact.writeValueAsString(Map.of("clause", clause));
        String twice = compact.writeValueAsString(Map.of("clause", clause));
        assertEquals(once, twice);
        assertEquals(compact.readTree(pretty.writeValueAsString(Map.of("clause", clause))), compact.readTree(once));
        assertEquals(clause.text(), compact.readTree(once).at("/clause/text").asText());
    }
}
