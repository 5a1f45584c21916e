package dev.kakuho.plan;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The plan period and its milestones (whole days). */
@PeriodInOrder
@Schema(description = "The plan period (計画期間) and its milestones, whole days. period.end must not be before period.start.")
public class Period {

    @Schema(description = "Start of the plan period (計画開始日).")
    private LocalDate start;

    @Schema(description = "End of the plan period (計画終了日); not before start.")
    private LocalDate end;

    @Schema(description = "Start of production (生産開始日), for mine development.")
    private LocalDate productionStart;

    @Schema(description = "Start of beneficiation or refining (選鉱・製錬の開始日), for refining.")
    private LocalDate processingStart;

    @Schema(description = "Includes a development phase (開発段階を含む): for exploration/FS, whether the period runs on into development.")
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
