package dev.kakuho.rules.testing;

import java.util.List;

/** What running one rule test found: nothing wrong, or each way the report differs from the expectation. */
public record RuleTestResult(RuleTestCase testCase, List<String> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
