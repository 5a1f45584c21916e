package dev.kakuho.ruletests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One rule test, as written in a rule set's {@code tests/*.yaml}: a sentence naming the situation and
 * the outcome, a base plan from {@code tests/plans/} edited by JSON pointer, optional parameter
 * overrides, and the statuses (and, optionally, missing fields, facts, per-item findings, the leaning of
 * review items, words of the reasons per language, and the sub-clause cited) expected. A value of
 * {@code set} or {@code facts} written as {@code "= …"} is worked out from the parameters when the case
 * runs ({@link RuleTestExpressions}), so the cases at a threshold move with it.
 */
public record RuleTestCase(
        String file,
        int line,
        String name,
        String plan,
        Map<String, JsonNode> set,
        List<String> remove,
        Map<String, JsonNode> parameters,
        Map<String, String> expect,
        Map<String, List<String>> missing,
        Map<String, Map<String, JsonNode>> facts,
        Map<String, Map<String, String>> findings,
        Map<String, String> leanings,
        Map<String, Map<String, String>> reasons,
        Map<String, String> cites) {

    /** The key of {@code expect} that names the report's outcome rather than a criterion. */
    public static final String OUTCOME = "outcome";

    @Override
    public String toString() {
        return file + ":" + line + " " + name;
    }
}
