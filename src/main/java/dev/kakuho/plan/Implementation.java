package dev.kakuho.plan;

import jakarta.validation.Valid;

/** Implementation structure (第5節). */
public class Implementation {

    private Boolean staffSufficient;

    private Boolean informationManagement;

    private Boolean techSuperiorityRiskControls;

    private Boolean sharesInformationWithAuthorities;

    private Boolean priorNoticeOfTransfers;

    private @Valid Funding funding = new Funding();

    public Boolean getStaffSufficient() {
        return staffSufficient;
    }

    public void setStaffSufficient(Boolean staffSufficient) {
        this.staffSufficient = staffSufficient;
    }

    public Boolean getInformationManagement() {
        return informationManagement;
    }

    public void setInformationManagement(Boolean informationManagement) {
        this.informationManagement = informationManagement;
    }

    public Boolean getTechSuperiorityRiskControls() {
        return techSuperiorityRiskControls;
    }

    public void setTechSuperiorityRiskControls(Boolean techSuperiorityRiskControls) {
        this.techSuperiorityRiskControls = techSuperiorityRiskControls;
    }

    public Boolean getSharesInformationWithAuthorities() {
        return sharesInformationWithAuthorities;
    }

    public void setSharesInformationWithAuthorities(Boolean sharesInformationWithAuthorities) {
        this.sharesInformationWithAuthorities = sharesInformationWithAuthorities;
    }

    public Boolean getPriorNoticeOfTransfers() {
        return priorNoticeOfTransfers;
    }

    public void setPriorNoticeOfTransfers(Boolean priorNoticeOfTransfers) {
        this.priorNoticeOfTransfers = priorNoticeOfTransfers;
    }

    public Funding getFunding() {
        return funding;
    }

    public void setFunding(Funding funding) {
        this.funding = funding == null ? new Funding() : funding;
    }
}
