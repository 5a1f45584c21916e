package dev.kakuho.evaluation;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Until evaluations are kept, the impact corpus holds no stored plans; a store of records replaces this bean. */
@ApplicationScoped
@DefaultBean
public class NoStoredPlans implements PlanCorpus.StoredPlans {

    @Override
    public List<PlanCorpus.CorpusPlan> latest() {
        return List.of();
    }
}
