package dev.kakuho.plan;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Supply of the product to Japan. */
public class SupplyToJapan {

    @Schema(description = "Supply to Japan per year in normal times (平時の本邦への年間供給量), tonnes, 0 or more.")
    @DecimalMin("0") // not @PositiveOrZero, which refuses -0.0: JSON, and JSON Schema, take it as 0
    private Double annualTonnes;

    @Schema(description = "Crisis supply (需給ひっ迫時の供給): whether the applicant will make best efforts to supply Japan in full in a supply crisis.")
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
