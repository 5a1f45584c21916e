package dev.kakuho.evaluation;

import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Candidate;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The impact of a candidate the registry holds against the rule set it would replace, over the bundled
 * examples (the folder given) and the stored plans: what an admin reads before publishing.
 */
@ApplicationScoped
public class CandidateImpact {

    @Inject
    PlanReader reader;

    @Inject
    RuleSetRegistry registry;

    @Inject
    PlanCorpus.StoredPlans storedPlans;

    /** The impact, or empty when the registry holds no such candidate, or it did not compile or has nothing to compare with. */
    public Optional<Impact> of(String ruleSetId, String hash, Path examplesDir, Language language) {
        Optional<RuleSetRegistry.Entry> found = registry.candidate(ruleSetId, hash);
        if (found.isEmpty() || found.get().candidate().ruleSet() == null || found.get().ruleSet() == null) {
            return Optional.empty();
        }
        RuleSetRegistry.Entry entry = found.get();
        Candidate candidate = entry.candidate();
        List<PlanCorpus.CorpusPlan> corpus = new ArrayList<>(PlanCorpus.examples(examplesDir));
        corpus.addAll(storedPlans.latest());
        List<RuleSet> serving = registry.entries().stream().map(RuleSetRegistry.Entry::ruleSet).filter(Objects::nonNull).toList();
        return Optional.of(new ImpactAnalysis(reader).compare(entry.folder(), entry.ruleSet(), candidate.ruleSet(), serving, corpus, language));
    }
}
