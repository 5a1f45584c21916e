package dev.kakuho.plan;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ore offtake right (鉱石引取権). */
public class Offtake {

    @Schema(description = "Offtake right status (引取権の状況): NONE, FUTURE_RIGHT_AGREED (a future right agreed) or ACQUIRED.")
    private OfftakeRightStatus rightStatus;

    @Schema(description = "Offtake per year (年間引取量), tonnes, 0 or more.")
    @DecimalMin("0") // not @PositiveOrZero, which refuses -0.0: JSON, and JSON Schema, take it as 0
    private Double annualTonnes;

    @Schema(description = "Maintained through the plan period (計画期間中の維持): whether the offtake right is kept for the whole period.")
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
