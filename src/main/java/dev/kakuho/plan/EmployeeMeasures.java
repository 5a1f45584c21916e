package dev.kakuho.plan;

/** Measures for employees with access (第6節(3)(イ)). */
public class EmployeeMeasures {

    private Boolean retentionTreatment;

    private Boolean exitConfidentialityPledge;

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
