package dev.kakuho.plan;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quantitative technology-development target. */
public class Target extends PlanItem {

    @Schema(description = "What is measured (指標).")
    @Size(max = 500)
    private String metric;

    @Schema(description = "Unit (単位).")
    @Size(max = 100)
    private String unit;

    @Schema(description = "Value now (現状値).")
    private Double baseline;

    @Schema(description = "Target value (目標値).")
    private Double target;

    @Schema(description = "Date by which the target is to be met (達成期限).")
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
