package dev.kakuho.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** Japan's dependency on one country for the mineral, now and with the plan. */
public class Dependency {

    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as CN")
    private String country;

    @DecimalMin("0")
    @DecimalMax("100")
    private Double baselineSharePercent;

    @DecimalMin("0")
    @DecimalMax("100")
    private Double projectedSharePercent;

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
