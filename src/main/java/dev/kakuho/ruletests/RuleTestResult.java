package dev.kakuho.ruletests;

import java.util.List;

/** What running one rule test found: nothing wrong, or each way the report differs from the expectation. */
public record RuleTestResult(RuleTestCase testCase, List<Difference> differences) {

    public RuleTestResult {
        differences = List.copyOf(differences);
    }

    public boolean passed() {
        return differences.isEmpty();
    }

    /** Each difference as a sentence. */
    public List<String> failures() {
        return differences.stream().map(Difference::toString).toList();
    }

    /**
     * One way the report differs: the criterion (null for the outcome or the case itself), what
     * differed ({@code status}, {@code outcome}, {@code fact requiredEnd}, {@code missing},
     * {@code findings}, {@code reason}, {@code plan}), what the case expects, what the report says,
     * and why, where the report tells (the reason, the facts, the criteria behind an outcome).
     */
    public record Difference(String criterion, String aspect, String expected, String got, String detail) {

        static Difference other(String criterion, String aspect, String detail) {
            return new Difference(criterion, aspect, null, null, detail);
        }

        @Override
        public String toString() {
            String who = criterion == null ? "" : criterion + ": ";
            if (expected == null) {
                return who + detail;
            }
            String what = "outcome".equals(aspect) ? "outcome" : aspect;
            return who + what + " expected " + expected + ", got " + got + (detail == null ? "" : " — " + detail);
        }
    }
}
