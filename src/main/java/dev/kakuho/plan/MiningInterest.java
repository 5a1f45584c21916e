package dev.kakuho.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** Mining interests (鉱山権益等). */
public class MiningInterest {

    private Boolean acquirable;

    @DecimalMin("0")
    @DecimalMax("100")
    private Double interestPercent;

    public Boolean getAcquirable() {
        return acquirable;
    }

    public void setAcquirable(Boolean acquirable) {
        this.acquirable = acquirable;
    }

    public Double getInterestPercent() {
        return interestPercent;
    }

    public void setInterestPercent(Double interestPercent) {
        this.interestPercent = interestPercent;
    }
}
