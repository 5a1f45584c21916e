package dev.kakuho.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A planned act towards another party or country (第6節(3)(エ)). */
public class PlannedTransfer extends PlanItem {

    private TransferKind kind;

    @Size(max = 500)
    private String counterparty;

    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US")
    private String country;

    private LocalDate plannedDate;

    private Boolean newSite;

    @PositiveOrZero
    private Double capacityIncreasePercent;

    @DecimalMin("0")
    @DecimalMax("100")
    private Double localConsumptionPercent;

    private Boolean forcedTransferRisk;

    private LocalDate counterpartyViolationDate;

    private Boolean counterpartyForeignGovernmentInfluence;

    private Boolean metiRequestedConsultation;

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
