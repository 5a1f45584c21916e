package dev.kakuho.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Project economics and the special-case (特例性) facts. */
public class Economics {

    private Double projectIrrPercent;

    private Double hurdleRatePercent;

    private Boolean jogmecEquitySufficient;

    @Size(max = 20000)
    private String subsidyNecessityRationale;

    private Boolean investmentWithinApplicant;

    private Boolean profitRepaymentAccepted;

    private List<@Valid Projection> projections = List.of();

    public Double getProjectIrrPercent() {
        return projectIrrPercent;
    }

    public void setProjectIrrPercent(Double projectIrrPercent) {
        this.projectIrrPercent = projectIrrPercent;
    }

    public Double getHurdleRatePercent() {
        return hurdleRatePercent;
    }

    public void setHurdleRatePercent(Double hurdleRatePercent) {
        this.hurdleRatePercent = hurdleRatePercent;
    }

    public Boolean getJogmecEquitySufficient() {
        return jogmecEquitySufficient;
    }

    public void setJogmecEquitySufficient(Boolean jogmecEquitySufficient) {
        this.jogmecEquitySufficient = jogmecEquitySufficient;
    }

    public String getSubsidyNecessityRationale() {
        return subsidyNecessityRationale;
    }

    public void setSubsidyNecessityRationale(String subsidyNecessityRationale) {
        this.subsidyNecessityRationale = subsidyNecessityRationale;
    }

    public Boolean getInvestmentWithinApplicant() {
        return investmentWithinApplicant;
    }

    public void setInvestmentWithinApplicant(Boolean investmentWithinApplicant) {
        this.investmentWithinApplicant = investmentWithinApplicant;
    }

    public Boolean getProfitRepaymentAccepted() {
        return profitRepaymentAccepted;
    }

    public void setProfitRepaymentAccepted(Boolean profitRepaymentAccepted) {
        this.profitRepaymentAccepted = profitRepaymentAccepted;
    }

    public List<Projection> getProjections() {
        return projections;
    }

    public void setProjections(List<Projection> projections) {
        this.projections = projections == null ? List.of() : projections;
    }

    /** Hurdle rate minus IRR, in percentage points; null unless both are given. */
    @JsonIgnore
    public BigDecimal getIrrShortfallPoints() {
        return Numbers.difference(hurdleRatePercent, projectIrrPercent);
    }

    /** Revenue minus operating cost per projected year from {@code fromYear} to {@code toYear}, in year order. */
    public Map<Integer, Long> marginsYen(int fromYear, int toYear) {
        Map<Integer, Long> margins = new TreeMap<>();
        for (Projection projection : projections) {
            Integer year = projection.getYear();
            if (year != null && year >= fromYear && year <= toYear && projection.getMarginYen() != null) {
                margins.put(year, projection.getMarginYen());
            }
        }
        return margins;
    }

    /** Revenue minus operating cost added up exactly over the projected years from {@code fromYear} to {@code toYear}. */
    public BigDecimal totalMarginYen(int fromYear, int toYear) {
        BigDecimal total = BigDecimal.ZERO;
        for (Projection projection : projections) {
            Integer year = projection.getYear();
            if (year != null && year >= fromYear && year <= toYear && projection.getRevenueYen() != null
                    && projection.getOperatingCostYen() != null) {
                total = total.add(BigDecimal.valueOf(projection.getRevenueYen()))
                        .subtract(BigDecimal.valueOf(projection.getOperatingCostYen()));
            }
        }
        return total;
    }
}
