package dev.kakuho.plan;

import jakarta.validation.Valid;
import java.util.List;

/** Technology development (技術開発) facts. */
public class Technology {

    private Boolean plantDeploymentPlanned;

    private Boolean contributesToMineDevelopment;

    private Boolean commercializationInvestmentCommitted;

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
