package dev.kakuho.rules;

import java.time.Instant;
import java.util.List;

/**
 * A version of a rule-set folder that is not serving: refused (its problems say why; its rule set,
 * if it compiled, kept for its impact), or, in manual mode, passed and waiting for an admin.
 */
public record Candidate(String contentHash, State state, Instant madeAt, String by, List<RuleProblem> problems, RuleSet ruleSet) {

    public enum State {
        /** It failed a check and never served. */
        REFUSED,
        /** It passed every check and waits to be published. */
        WAITING
    }

    public Candidate {
        problems = List.copyOf(problems);
    }

    public boolean refused() {
        return state == State.REFUSED;
    }
}
