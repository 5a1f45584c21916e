package dev.kakuho.plan;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A technology the plan names as core (コア技術). */
public class CoreTechnology extends PlanItem {

    @Schema(description = "Name of the technology (技術の名称).")
    @Size(max = 500)
    private String name;

    @Schema(description = "Publicly known (公知): whether the technology is already public.")
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
