package dev.kakuho.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** Funding of the plan's total cost, in yen. */
public class Funding {

    @PositiveOrZero
    private Long totalCostYen;

    @PositiveOrZero
    private Long ownFundsYen;

    @PositiveOrZero
    private Long loansYen;

    @PositiveOrZero
    private Long otherYen;

    @PositiveOrZero
    private Long grantRequestedYen;

    public Long getTotalCostYen() {
        return totalCostYen;
    }

    public void setTotalCostYen(Long totalCostYen) {
        this.totalCostYen = totalCostYen;
    }

    public Long getOwnFundsYen() {
        return ownFundsYen;
    }

    public void setOwnFundsYen(Long ownFundsYen) {
        this.ownFundsYen = ownFundsYen;
    }

    public Long getLoansYen() {
        return loansYen;
    }

    public void setLoansYen(Long loansYen) {
        this.loansYen = loansYen;
    }

    public Long getOtherYen() {
        return otherYen;
    }

    public void setOtherYen(Long otherYen) {
        this.otherYen = otherYen;
    }

    public Long getGrantRequestedYen() {
        return grantRequestedYen;
    }

    public void setGrantRequestedYen(Long grantRequestedYen) {
        this.grantRequestedYen = grantRequestedYen;
    }

    /**
     * Own funds, loans, other sources and the requested grant added up, exactly (four amounts each up to
     * Long.MAX_VALUE can pass it: a long sum wrapped negative); null if any is absent.
     */
    @JsonIgnore
    public BigDecimal getSourcesYen() {
        if (ownFundsYen == null || loansYen == null || otherYen == null || grantRequestedYen == null) {
            return null;
        }
        return BigDecimal.valueOf(ownFundsYen).add(BigDecimal.valueOf(loansYen)).add(BigDecimal.valueOf(otherYen))
                .add(BigDecimal.valueOf(grantRequestedYen));
    }

    /** The sources the plan states (own funds, loans, other, requested grant) added up exactly; an absent one counts as nothing. */
    @JsonIgnore
    public BigDecimal getStatedSourcesYen() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Long amount : new Long[] {ownFundsYen, loansYen, otherYen, grantRequestedYen}) {
            if (amount != null) {
                sum = sum.add(BigDecimal.valueOf(amount));
            }
        }
        return sum;
    }
}
