package dev.kakuho.plan;

import jakarta.validation.constraints.Size;

/** A supplier (取引先), and the measures taken with it (第6節(3)(ウ)). */
public class Supplier extends PlanItem {

    @Size(max = 500)
    private String name;

    private Boolean holdsCoreTechnology;

    private Boolean ndaSigned;

    private Boolean equivalentMeasuresRequired;

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
