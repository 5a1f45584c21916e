package dev.kakuho.rules;

/** What happens to a rules edit that passes every check ({@code rules.publish-mode}). */
public enum PublishMode {
    /** It serves at once. */
    AUTO,
    /** It waits, with its impact on the example plans, until an admin publishes it. */
    MANUAL
}
