package dev.kakuho.plan;

import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Technology development (技術開発) facts. */
public class Technology {

    @Schema(description = "Plant deployment planned (プラント導入の計画): whether the technology is to be put into a plant.")
    private Boolean plantDeploymentPlanned;

    @Schema(description = "Contributes to mine development (鉱山開発への寄与).")
    private Boolean contributesToMineDevelopment;

    @Schema(description = "Commercialisation investment committed (事業化への投資の確約).")
    private Boolean commercializationInvestmentCommitted;

    @Schema(description = "Quantitative targets (定量目標) of the development.")
    private List<@Valid Target> targets = List.of();

    public Boolean getPlantDeploymentPlanned() {
        return plantDeploymentPlanned;
    }

    public void setPlantDeploymentPlanned(Boolean plantDeploymentPlanned) {
        this.plantDeploymentPlanned = plantDeploymentPlanned;
    }

    public Boolean getContributesToMineDevelopment() {
        return contributesToMineDevelopment;
    }

    public void setContributesToMineDevelopment(Boolean contributesToMineDevelopment) {
        this.contributesToMineDevelopment = contributesToMineDevelopment;
    }

    public Boolean getCommercializationInvestmentCommitted() {
        return commercializationInvestmentCommitted;
    }

    public void setCommercializationInvestmentCommitted(Boolean commercializationInvestmentCommitted) {
        this.commercializationInvestmentCommitted = commercializationInvestmentCommitted;
    }

    public List<Target> getTargets() {
        return targets;
    }

    public void setTargets(List<Target> targets) {
        this.targets = targets == null ? List.of() : targets;
    }
}
