package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Lines come from the YAML parser's locations, not from searching the text for a key. */
class YamlFileTest {

    private static final String CLAUSES = String.join("\n",
            "# a comment naming title: and id: first",   // 1
            "sections:",                                 // 2
            "  - id: s1",                                // 3
            "    title:",                                // 4
            "      ja: 第1節",                           // 5
            "    criteria:",                             // 6
            "      - id: a.one",                         // 7
            "        text: |-",                          // 8
            "          line one",                        // 9
            "          line two",                        // 10
            "        summary: One.",                     // 11
            "      - id: a.two",                         // 12
            "        statuses: [PASS, FAIL]",            // 13
            "");

    private static YamlFile parse(String text, LoadProblems problems) {
        return YamlFile.parse("clauses.yaml", text, problems);
    }

    private static LoadProblems problems() {
        return new LoadProblems(Path.of("/rules"), Path.of("/rules/m/r"));
    }

    @Test
    void eachNodeHasTheLineWhereTheParserFoundIt() {
        YamlFile yaml = parse(CLAUSES, problems());
        assertEquals(2, yaml.line("/sections"));
        assertEquals(3, yaml.line("/sections/0"));
        assertEquals(4, yaml.line("/sections/0/title"));
        assertEquals(5, yaml.line("/sections/0/title/ja"));
        assertEquals(7, yaml.line("/sections/0/criteria/0"));
        assertEquals(11, yaml.line("/sections/0/criteria/0/summary"));
        assertEquals(12, yaml.line("/sections/0/criteria/1"));
        assertEquals(13, yaml.line("/sections/0/criteria/1/statuses/1"));
    }

    @Test
    void anAbsentNodeTakesTheLineOfItsNearestAncestor() {
        YamlFile yaml = parse(CLAUSES, problems());
        assertEquals(12, yaml.line("/sections/0/criteria/1/text"));
        assertEquals(4, yaml.line("/sections/0/title/en"));
    }

    @Test
    void aMissingFieldIsReportedWhereItsEntryStands() {
        LoadProblems problems = problems();
        RequiredFields fields = new RequiredFields(parse(CLAUSES, problems), problems);
        assertNull(fields.text("/sections/0/criteria/1", "text", "a.two"));
        assertEquals(new RuleProblem("m/r/clauses.yaml", 12, "a.two: 'text' is missing or empty"), problems.list().get(0));
    }

    @Test
    void malformedYamlIsReportedAtTheParsersLine() {
        LoadProblems problems = problems();
        assertNull(parse("a:\n  b: [1, 2\nc: 3\n", problems));
        RuleProblem problem = problems.list().get(0);
        assertTrue(problem.line() >= 2 && problem.message().startsWith("malformed YAML"), problem.toString());
    }
}
