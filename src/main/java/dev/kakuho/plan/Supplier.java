package dev.kakuho.plan;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supplier (取引先), and the measures taken with it (第6節(3)(ウ)). */
public class Supplier extends PlanItem {

    @Schema(description = "Supplier name (取引先の名称).")
    @Size(max = 500)
    private String name;

    @Schema(description = "Holds core technology (コア技術の保有).")
    private Boolean holdsCoreTechnology;

    @Schema(description = "Non-disclosure agreement signed (秘密保持契約の締結).")
    private Boolean ndaSigned;

    @Schema(description = "Equivalent measures required (同等の措置の要求) of the supplier.")
    private Boolean equivalentMeasuresRequired;

    @Schema(description = "Periodic review (定期的な確認) of the supplier's measures.")
    private Boolean periodicReview;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getHoldsCoreTechnology() {
        return holdsCoreTechnology;
    }

    public void setHoldsCoreTechnology(Boolean holdsCoreTechnology) {
        this.holdsCoreTechnology = holdsCoreTechnology;
    }

    public Boolean getNdaSigned() {
        return ndaSigned;
    }

    public void setNdaSigned(Boolean ndaSigned) {
        this.ndaSigned = ndaSigned;
    }

    public Boolean getEquivalentMeasuresRequired() {
        return equivalentMeasuresRequired;
    }

    public void setEquivalentMeasuresRequired(Boolean equivalentMeasuresRequired) {
        this.equivalentMeasuresRequired = equivalentMeasuresRequired;
    }

    public Boolean getPeriodicReview() {
        return periodicReview;
    }

    public void setPeriodicReview(Boolean periodicReview) {
        this.periodicReview = periodicReview;
    }
}
