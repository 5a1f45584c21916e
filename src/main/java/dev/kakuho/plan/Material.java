package dev.kakuho.plan;

/** The specified critical material (特定重要物資) whose rule set applies. */
public enum Material {
    CRITICAL_MINERALS;

    /** The folder name of this material's rule sets under the rules directory. */
    public String folder() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
