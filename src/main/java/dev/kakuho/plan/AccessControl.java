package dev.kakuho.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Access control for core technologies (第6節(3)(ア)). */
public class AccessControl {

    @Schema(description = "Access restricted to the minimum (アクセス者の限定).")
    private Boolean restrictedToMinimum;

    @Schema(description = "Internal rules (社内規程) on access.")
    private Boolean internalRules;

    public Boolean getRestrictedToMinimum() {
        return restrictedToMinimum;
    }

    public void setRestrictedToMinimum(Boolean restrictedToMinimum) {
        this.restrictedToMinimum = restrictedToMinimum;
    }

    public Boolean getInternalRules() {
        return internalRules;
    }

    public void setInternalRules(Boolean internalRules) {
        this.internalRules = internalRules;
    }
}
