package dev.kakuho.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The specified critical material (特定重要物資) whose rule set applies. */
@Schema(description = "The specified critical material (特定重要物資) whose rule set applies: CRITICAL_MINERALS 重要鉱物.")
public enum Material {
    CRITICAL_MINERALS;

    /** The folder name of this material's rule sets under the rules directory. */
    public String folder() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
