package dev.kakuho.plan;

import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the minister takes into account (第8節). */
public class Considerations {

    @Schema(description = "Human-rights due diligence (人権デュー・ディリジェンス).")
    private Boolean humanRightsDueDiligence;

    @Schema(description = "Cybersecurity measures (サイバーセキュリティ対策).")
    private Boolean cybersecurityMeasures;

    @Schema(description = "Regional jobs created (地域の雇用創出), number of jobs, 0 or more.")
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
