package dev.kakuho.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Supply stability (第3節). */
public class SupplyStability {

    @Schema(description = "Capacity plan (生産能力の計画): whether the plan sets out how production capacity is secured.")
    private Boolean capacityPlan;

    @Schema(description = "Legal compliance (法令遵守): whether the project complies with the laws of the countries concerned.")
    private Boolean legalCompliance;

    @Schema(description = "Business continuity plan (事業継続計画, BCP).")
    private Boolean businessContinuityPlan;

    public Boolean getCapacityPlan() {
        return capacityPlan;
    }

    public void setCapacityPlan(Boolean capacityPlan) {
        this.capacityPlan = capacityPlan;
    }

    public Boolean getLegalCompliance() {
        return legalCompliance;
    }

    public void setLegalCompliance(Boolean legalCompliance) {
        this.legalCompliance = legalCompliance;
    }

    public Boolean getBusinessContinuityPlan() {
        return businessContinuityPlan;
    }

    public void setBusinessContinuityPlan(Boolean businessContinuityPlan) {
        this.businessContinuityPlan = businessContinuityPlan;
    }
}
