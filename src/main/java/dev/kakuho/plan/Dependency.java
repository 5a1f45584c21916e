package dev.kakuho.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Japan's dependency on one country for the mineral, now and with the plan. */
public class Dependency {

    @Schema(ref = PlanCodes.COUNTRY_CODE, description = "Country depended on (依存国): the country Japan imports the mineral mostly from today, an ISO 3166-1 alpha-2 code.")
    private String country;

    @Schema(description = "Import share now (現在の依存度): Japan's import share from that country, percent, 0 to 100.")
    @DecimalMin("0")
    @DecimalMax("100")
    private Double baselineSharePercent;

    @Schema(description = "Import share with the plan (計画後の依存度), percent, 0 to 100.")
    @DecimalMin("0")
    @DecimalMax("100")
    private Double projectedSharePercent;

    @Schema(description = "Country risk reduced (カントリーリスクの低減): whether the plan reduces the risk of depending on that country.")
    private Boolean countryRiskReduced;

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Double getBaselineSharePercent() {
        return baselineSharePercent;
    }

    public void setBaselineSharePercent(Double baselineSharePercent) {
        this.baselineSharePercent = baselineSharePercent;
    }

    public Double getProjectedSharePercent() {
        return projectedSharePercent;
    }

    public void setProjectedSharePercent(Double projectedSharePercent) {
        this.projectedSharePercent = projectedSharePercent;
    }

    public Boolean getCountryRiskReduced() {
        return countryRiskReduced;
    }

    public void setCountryRiskReduced(Boolean countryRiskReduced) {
        this.countryRiskReduced = countryRiskReduced;
    }

    /** Baseline minus projected share, in percentage points; null unless both are given. */
    @JsonIgnore
    public BigDecimal getReductionPoints() {
        return Numbers.difference(baselineSharePercent, projectedSharePercent);
    }
}
