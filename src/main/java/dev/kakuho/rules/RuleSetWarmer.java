package dev.kakuho.rules;

/**
 * Runs a freshly compiled rule set before it serves, so the first requests after a swap do not pay
 * for the JIT warming up a cold rule base. The registry is given one; what a warm-up runs (reading
 * plans, writing reports) lives above the rules.
 */
@FunctionalInterface
public interface RuleSetWarmer {

    /** Warms nothing: a registry without a warm-up serves each rule set cold. */
    RuleSetWarmer NONE = (ruleSet, rounds) -> {
    };

    /** Runs {@code ruleSet} {@code rounds} times over; must not throw for a rule set that cannot be warmed. */
    void warm(RuleSet ruleSet, int rounds);
}
