package dev.kakuho.plan;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A joint application by several companies (第7節). */
public class JointApplication {

    @Schema(description = "Co-applicants (共同申請者): their names.")
    private List<@Size(max = 500) String> coApplicants = List.of();

    @Schema(description = "Same industry (同業者): whether the co-applicants are competitors in one industry.")
    private Boolean sameIndustry;

    @Schema(description = "Assessment of the effect on competition (競争への影響の評価).")
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
