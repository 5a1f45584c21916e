package dev.kakuho.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Measures for employees with access (第6節(3)(イ)). */
public class EmployeeMeasures {

    @Schema(description = "Retention treatment (処遇の改善) of employees with access.")
    private Boolean retentionTreatment;

    @Schema(description = "Confidentiality pledge on leaving (退職時の秘密保持誓約).")
    private Boolean exitConfidentialityPledge;

    @Schema(description = "Efforts to obtain non-compete consent (競業避止の同意取得の努力).")
    private Boolean nonCompeteConsentEfforts;

    public Boolean getRetentionTreatment() {
        return retentionTreatment;
    }

    public void setRetentionTreatment(Boolean retentionTreatment) {
        this.retentionTreatment = retentionTreatment;
    }

    public Boolean getExitConfidentialityPledge() {
        return exitConfidentialityPledge;
    }

    public void setExitConfidentialityPledge(Boolean exitConfidentialityPledge) {
        this.exitConfidentialityPledge = exitConfidentialityPledge;
    }

    public Boolean getNonCompeteConsentEfforts() {
        return nonCompeteConsentEfforts;
    }

    public void setNonCompeteConsentEfforts(Boolean nonCompeteConsentEfforts) {
        this.nonCompeteConsentEfforts = nonCompeteConsentEfforts;
    }
}
