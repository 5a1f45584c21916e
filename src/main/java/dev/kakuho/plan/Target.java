package dev.kakuho.plan;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A quantitative technology-development target. */
public class Target extends PlanItem {

    @Size(max = 500)
    private String metric;

    @Size(max = 100)
    private String unit;

    private Double baseline;

    private Double target;

    private LocalDate dueDate;

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Double getBaseline() {
        return baseline;
    }

    public void setBaseline(Double baseline) {
        this.baseline = baseline;
    }

    public Double getTarget() {
        return target;
    }

    public void setTarget(Double target) {
        this.target = target;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
