package dev.kakuho.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Mining interests (鉱山権益等). */
public class MiningInterest {

    @Schema(description = "Interest acquirable (権益取得の見込み): whether the applicant can acquire a mining interest.")
    private Boolean acquirable;

    @Schema(description = "Interest share (権益比率), percent, 0 to 100.")
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
