package dev.kakuho.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A planned act towards another party or country (第6節(3)(エ)). */
public class PlannedTransfer extends PlanItem {

    @Schema(description = "Kind of act (行為の類型), (i)–(v) of 第6節(3)(エ).")
    private TransferKind kind;

    @Schema(description = "Counterparty (相手方).")
    @Size(max = 500)
    private String counterparty;

    @Schema(ref = PlanCodes.COUNTRY_CODE, description = "Country of the act (相手国): an ISO 3166-1 alpha-2 code.")
    private String country;

    @Schema(description = "Planned date of the act (予定日); the application date is taken when absent.")
    private LocalDate plannedDate;

    @Schema(description = "New site (新設): for overseas production, whether a new site is built rather than one expanded.")
    private Boolean newSite;

    @Schema(description = "Capacity increase (能力増強率), percent, 0 or more.")
    @DecimalMin("0") // not @PositiveOrZero, which refuses -0.0: JSON, and JSON Schema, take it as 0
    private Double capacityIncreasePercent;

    @Schema(description = "Local consumption (現地消費の割合), percent, 0 to 100.")
    @DecimalMin("0")
    @DecimalMax("100")
    private Double localConsumptionPercent;

    @Schema(description = "Risk of forced technology transfer (技術の強制移転のおそれ).")
    private Boolean forcedTransferRisk;

    @Schema(description = "Date of the counterparty's violation (相手方の違反日), if it breached the rules in the past.")
    private LocalDate counterpartyViolationDate;

    @Schema(description = "Counterparty under foreign-government influence (外国政府の影響下にある相手方).")
    private Boolean counterpartyForeignGovernmentInfluence;

    @Schema(description = "METI requested consultation (経済産業省からの協議の求め).")
    private Boolean metiRequestedConsultation;

    @Schema(description = "Prior consultation (事前相談) with METI made.")
    private Boolean priorConsultation;

    public TransferKind getKind() {
        return kind;
    }

    public void setKind(TransferKind kind) {
        this.kind = kind;
    }

    public String getCounterparty() {
        return counterparty;
    }

    public void setCounterparty(String counterparty) {
        this.counterparty = counterparty;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public Boolean getNewSite() {
        return newSite;
    }

    public void setNewSite(Boolean newSite) {
        this.newSite = newSite;
    }

    public Double getCapacityIncreasePercent() {
        return capacityIncreasePercent;
    }

    public void setCapacityIncreasePercent(Double capacityIncreasePercent) {
        this.capacityIncreasePercent = capacityIncreasePercent;
    }

    public Double getLocalConsumptionPercent() {
        return localConsumptionPercent;
    }

    public void setLocalConsumptionPercent(Double localConsumptionPercent) {
        this.localConsumptionPercent = localConsumptionPercent;
    }

    public Boolean getForcedTransferRisk() {
        return forcedTransferRisk;
    }

    public void setForcedTransferRisk(Boolean forcedTransferRisk) {
        this.forcedTransferRisk = forcedTransferRisk;
    }

    public LocalDate getCounterpartyViolationDate() {
        return counterpartyViolationDate;
    }

    public void setCounterpartyViolationDate(LocalDate counterpartyViolationDate) {
        this.counterpartyViolationDate = counterpartyViolationDate;
    }

    public Boolean getCounterpartyForeignGovernmentInfluence() {
        return counterpartyForeignGovernmentInfluence;
    }

    public void setCounterpartyForeignGovernmentInfluence(Boolean counterpartyForeignGovernmentInfluence) {
        this.counterpartyForeignGovernmentInfluence = counterpartyForeignGovernmentInfluence;
    }

    public Boolean getMetiRequestedConsultation() {
        return metiRequestedConsultation;
    }

    public void setMetiRequestedConsultation(Boolean metiRequestedConsultation) {
        this.metiRequestedConsultation = metiRequestedConsultation;
    }

    public Boolean getPriorConsultation() {
        return priorConsultation;
    }

    public void setPriorConsultation(Boolean priorConsultation) {
        this.priorConsultation = priorConsultation;
    }

    /** The planned date of the act, or {@code otherwise} (the application date) when the plan gives none. */
    public LocalDate dateOfActOr(LocalDate otherwise) {
        return plannedDate != null ? plannedDate : otherwise;
    }
}
