package dev.kakuho.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot serve, with every problem found in it. */
public class RuleSetException extends Exception {

    private final List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
