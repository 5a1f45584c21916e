package dev.kakuho.plan;

import jakarta.validation.constraints.PositiveOrZero;

/** Ore offtake right (鉱石引取権). */
public class Offtake {

    private OfftakeRightStatus rightStatus;

    @PositiveOrZero
    private Double annualTonnes;

    private Boolean maintainedThroughPlanPeriod;

    public OfftakeRightStatus getRightStatus() {
        return rightStatus;
    }

    public void setRightStatus(OfftakeRightStatus rightStatus) {
        this.rightStatus = rightStatus;
    }

    public Double getAnnualTonnes() {
        return annualTonnes;
    }

    public void setAnnualTonnes(Double annualTonnes) {
        this.annualTonnes = annualTonnes;
    }

    public Boolean getMaintainedThroughPlanPeriod() {
        return maintainedThroughPlanPeriod;
    }

    public void setMaintainedThroughPlanPeriod(Boolean maintainedThroughPlanPeriod) {
        this.maintainedThroughPlanPeriod = maintainedThroughPlanPeriod;
    }
}
