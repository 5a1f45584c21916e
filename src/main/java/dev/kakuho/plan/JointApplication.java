package dev.kakuho.plan;

import jakarta.validation.constraints.Size;
import java.util.List;

/** A joint application by several companies (第7節). */
public class JointApplication {

    private List<@Size(max = 500) String> coApplicants = List.of();

    private Boolean sameIndustry;

    @Size(max = 20000)
    private String competitionAssessment;

    public List<String> getCoApplicants() {
        return coApplicants;
    }

    public void setCoApplicants(List<String> coApplicants) {
        this.coApplicants = coApplicants == null ? List.of() : coApplicants;
    }

    public Boolean getSameIndustry() {
        return sameIndustry;
    }

    public void setSameIndustry(Boolean sameIndustry) {
        this.sameIndustry = sameIndustry;
    }

    public String getCompetitionAssessment() {
        return competitionAssessment;
    }

    public void setCompetitionAssessment(String competitionAssessment) {
        this.competitionAssessment = competitionAssessment;
    }
}
