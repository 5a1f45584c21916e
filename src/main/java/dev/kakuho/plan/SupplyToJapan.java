package dev.kakuho.plan;

import jakarta.validation.constraints.PositiveOrZero;

/** Supply of the product to Japan. */
public class SupplyToJapan {

    @PositiveOrZero
    private Double annualTonnes;

    private Boolean crisisFullSupplyBestEffort;

    public Double getAnnualTonnes() {
        return annualTonnes;
    }

    public void setAnnualTonnes(Double annualTonnes) {
        this.annualTonnes = annualTonnes;
    }

    public Boolean getCrisisFullSupplyBestEffort() {
        return crisisFullSupplyBestEffort;
    }

    public void setCrisisFullSupplyBestEffort(Boolean crisisFullSupplyBestEffort) {
        this.crisisFullSupplyBestEffort = crisisFullSupplyBestEffort;
    }
}
