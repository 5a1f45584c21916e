package dev.kakuho.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One calendar year of the income and cost outlook. */
public class Projection extends PlanItem {

    @Schema(description = "Calendar year (年), 1900 to 2200.")
    @Min(1900)
    @Max(2200)
    private Integer year;

    @Schema(description = "Production (生産量), tonnes, 0 or more.")
    @DecimalMin("0") // not @PositiveOrZero, which refuses -0.0: JSON, and JSON Schema, take it as 0
    private Double productionTonnes;

    @Schema(description = "Revenue (売上高), yen, 0 or more.")
    @PositiveOrZero
    private Long revenueYen;

    @Schema(description = "Operating cost (営業費用), yen, 0 or more.")
    @PositiveOrZero
    private Long operatingCostYen;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Double getProductionTonnes() {
        return productionTonnes;
    }

    public void setProductionTonnes(Double productionTonnes) {
        this.productionTonnes = productionTonnes;
    }

    public Long getRevenueYen() {
        return revenueYen;
    }

    public void setRevenueYen(Long revenueYen) {
        this.revenueYen = revenueYen;
    }

    public Long getOperatingCostYen() {
        return operatingCostYen;
    }

    public void setOperatingCostYen(Long operatingCostYen) {
        this.operatingCostYen = operatingCostYen;
    }

    /** Revenue minus operating cost, in yen; null unless both are given. */
    @JsonIgnore
    public Long getMarginYen() {
        return revenueYen == null || operatingCostYen == null ? null : revenueYen - operatingCostYen;
    }
}
