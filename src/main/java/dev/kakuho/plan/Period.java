package dev.kakuho.plan;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The plan period and its milestones (whole days). */
@PeriodInOrder
public class Period {

    private LocalDate start;

    private LocalDate end;

    private LocalDate productionStart;

    private LocalDate processingStart;

    private Boolean includesDevelopmentPhase;

    /** Exploration/FS with a development phase: the first day of development; exploration ends the day before. */
    @Schema(description = "Start of development (開発の開始日), for exploration/FS whose period includes a development phase: "
            + "the exploration/FS phase, limited to 5 years by 第3章第4節(1), ends the day before.")
    private LocalDate developmentStart;

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public LocalDate getProductionStart() {
        return productionStart;
    }

    public void setProductionStart(LocalDate productionStart) {
        this.productionStart = productionStart;
    }

    public LocalDate getProcessingStart() {
        return processingStart;
    }

    public void setProcessingStart(LocalDate processingStart) {
        this.processingStart = processingStart;
    }

    public Boolean getIncludesDevelopmentPhase() {
        return includesDevelopmentPhase;
    }

    public void setIncludesDevelopmentPhase(Boolean includesDevelopmentPhase) {
        this.includesDevelopmentPhase = includesDevelopmentPhase;
    }

    public LocalDate getDevelopmentStart() {
        return developmentStart;
    }

    public void setDevelopmentStart(LocalDate developmentStart) {
        this.developmentStart = developmentStart;
    }
}
