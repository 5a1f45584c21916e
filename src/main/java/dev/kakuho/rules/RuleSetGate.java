package dev.kakuho.rules;

import java.util.List;

/**
 * Judges a compiled candidate before it may serve: runs its rule tests (which live above the rules,
 * with the reports they read). The registry is given one; an empty answer lets the candidate through.
 */
@FunctionalInterface
public interface RuleSetGate {

    /** Lets every candidate through: for code that loads rules without their tests. */
    RuleSetGate NONE = candidate -> List.of();

    /** Everything that keeps the candidate from serving, each with its file and line. */
    List<RuleProblem> check(RuleSet candidate);
}
