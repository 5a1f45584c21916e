package dev.kakuho.plan;

/** Access control for core technologies (第6節(3)(ア)). */
public class AccessControl {

    private Boolean restrictedToMinimum;

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
