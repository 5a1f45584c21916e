package dev.kakuho.plan;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Implementation structure (第5節). */
public class Implementation {

    @Schema(description = "Staff sufficient (人員体制): whether the applicant has the staff to carry out the plan.")
    private Boolean staffSufficient;

    @Schema(description = "Information management (情報管理体制).")
    private Boolean informationManagement;

    @Schema(description = "Controls on the risk to technological superiority (技術的優位性に係るリスク管理).")
    private Boolean techSuperiorityRiskControls;

    @Schema(description = "Shares information with the authorities (主務大臣への情報共有).")
    private Boolean sharesInformationWithAuthorities;

    @Schema(description = "Prior notice of transfers (事前の届出): whether transfers of business or technology are notified in advance.")
    private Boolean priorNoticeOfTransfers;

    @Schema(description = "Funding (資金計画) of the plan's total cost.")
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
