package dev.kakuho.rules;

import java.time.Duration;

/** What the registry tells observers (CDI events) about loading and publishing rules, for the service's metrics. */
public final class RulesLoadEvents {

    private RulesLoadEvents() {
    }

    /** One rule-set folder compiled (not one kept unchanged): accepted to serve, or refused, and how long the compile took. */
    public record Compiled(String folder, boolean accepted, Duration took) {
    }

    /** The rules directory was loaded again (at start, on an edit, or when asked); {@code usable} is false when it could not be read. */
    public record Reloaded(boolean usable) {
    }

    /** A rule set put into service (at start, by the watcher or a reload in auto mode, or by an admin), once it is logged. */
    public record Published(Publication publication) {
    }
}
