package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.kakuho.plan.Activity;
import dev.kakuho.plan.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules pass plan codes as the plan's enums ({@code $activity}, {@code applicant.role}): {…|name} names them too. */
class NamesOfEnumsTest {

    @Test
    void anEnumFactIsNamedByItsCode() throws Exception {
        List<Names.Problem> problems = new ArrayList<>();
        Names names = Names.of(new YAMLMapper().readTree("""
                activities:
                  MINE_DEVELOPMENT: {ja: 鉱山開発, en: mine development}
                roles:
                  PARTICIPANT: {ja: 事業参画, en: participant}
                """), problems);
        assertEquals(List.of(), problems);
        assertEquals("鉱山開発", names.name(Activity.MINE_DEVELOPMENT, Language.JA));
        assertEquals("participant", names.name(Role.PARTICIPANT, Language.EN));
        assertEquals(List.of("鉱山開発", "REFINING"), names.name(List.of(Activity.MINE_DEVELOPMENT, Activity.REFINING), Language.JA));
    }
}
