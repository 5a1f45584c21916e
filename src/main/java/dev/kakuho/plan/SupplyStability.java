package dev.kakuho.plan;

/** Supply stability (第3節). */
public class SupplyStability {

    private Boolean capacityPlan;

    private Boolean legalCompliance;

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
