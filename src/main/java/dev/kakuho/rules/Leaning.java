package dev.kakuho.rules;

/**
 * Which way a review item leans, as the rule that raised it reads the facts: towards the plan
 * meeting the requirement, against it, or neither. The minister still decides; the leaning only
 * orders the reviewer's checklist (those against first).
 */
public enum Leaning {
    AGAINST,
    NEUTRAL,
    SUPPORTS
}
