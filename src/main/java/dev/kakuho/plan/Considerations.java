package dev.kakuho.plan;

import jakarta.validation.constraints.PositiveOrZero;

/** What the minister takes into account (第8節). */
public class Considerations {

    private Boolean humanRightsDueDiligence;

    private Boolean cybersecurityMeasures;

    @PositiveOrZero
    private Integer regionalJobsCreated;

    public Boolean getHumanRightsDueDiligence() {
        return humanRightsDueDiligence;
    }

    public void setHumanRightsDueDiligence(Boolean humanRightsDueDiligence) {
        this.humanRightsDueDiligence = humanRightsDueDiligence;
    }

    public Boolean getCybersecurityMeasures() {
        return cybersecurityMeasures;
    }

    public void setCybersecurityMeasures(Boolean cybersecurityMeasures) {
        this.cybersecurityMeasures = cybersecurityMeasures;
    }

    public Integer getRegionalJobsCreated() {
        return regionalJobsCreated;
    }

    public void setRegionalJobsCreated(Integer regionalJobsCreated) {
        this.regionalJobsCreated = regionalJobsCreated;
    }
}
