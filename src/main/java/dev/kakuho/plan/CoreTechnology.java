package dev.kakuho.plan;

import jakarta.validation.constraints.Size;

/** A technology the plan names as core (コア技術). */
public class CoreTechnology extends PlanItem {

    @Size(max = 500)
    private String name;

    private Boolean publiclyKnown;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getPubliclyKnown() {
        return publiclyKnown;
    }

    public void setPubliclyKnown(Boolean publiclyKnown) {
        this.publiclyKnown = publiclyKnown;
    }
}
