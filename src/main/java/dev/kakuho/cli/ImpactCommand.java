package dev.kakuho.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kakuho.evaluation.Impact;
import dev.kakuho.evaluation.ImpactAnalysis;
import dev.kakuho.evaluation.PlanCorpus;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetException;
import dev.kakuho.rules.RuleSetLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code bin/rules impact}: what the rules on disk (the candidate) would change against a published
 * version (by default the rules directory as last committed, {@code HEAD}), over the bundled examples
 * and any folder of plans: per plan the outcome before → after and each criterion that changed, per
 * criterion how many plans changed and in which direction.
 */
final class ImpactCommand {

    private final PrintStream out;
    private final PlanReader reader;

    ImpactCommand(PrintStream out, PlanReader reader) {
        this.out = out;
        this.reader = reader;
    }

    /** The impact per rule-set folder present in both versions. */
    List<Impact> impacts(Path candidateDir, Path publishedDir, List<PlanCorpus.CorpusPlan> corpus, Language language) {
        Map<String, RuleSet> candidate = loadAll(candidateDir, "candidate");
        Map<String, RuleSet> published = loadAll(publishedDir, "published");
        ImpactAnalysis analysis = new ImpactAnalysis(reader);
        List<Impact> impacts = new ArrayList<>();
        for (Map.Entry<String, RuleSet> entry : candidate.entrySet()) {
            RuleSet before = published.get(entry.getKey());
            if (before == null) {
                out.println("New rule set " + entry.getKey() + ": nothing published to compare with.");
                continue;
            }
            impacts.add(analysis.compare(entry.getKey(), before, entry.getValue(), published.values(), corpus, language));
        }
        return impacts;
    }

    private Map<String, RuleSet> loadAll(Path dir, String which) {
        RuleSetLoader loader = new RuleSetLoader(dir);
        Map<String, RuleSet> loaded = new LinkedHashMap<>();
        for (Path folder : RuleSources.ruleSetFolders(dir)) {
            String name = folder.equals(dir) ? "." : dir.relativize(folder).toString().replace('\\', '/');
            try {
                loaded.put(name, loader.load(folder));
            } catch (RuleSetException e) {
                throw new IllegalArgumentException("the " + which + " rule set " + name + " does not load (run bin/rules check "
                        + dir + "): " + e.problems().get(0));
            }
        }
        return loaded;
    }

    int run(Path rulesDir, String against, Path examplesDir, Path plansDir, boolean json, Language language) {
        Path published = RuleSources.resolve(against, rulesDir);
        List<PlanCorpus.CorpusPlan> corpus = new ArrayList<>(PlanCorpus.examples(examplesDir));
        if (plansDir != null) {
            corpus.addAll(PlanCorpus.folder(plansDir));
        }
        long started = System.nanoTime();
        List<Impact> impacts = impacts(rulesDir, published, corpus, language);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (json) {
            try {
                out.println(mapper().writeValueAsString(impacts));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return RulesCommand.OK;
        }
        for (Impact impact : impacts) {
            print(impact, against, rulesDir.toString());
        }
        out.printf("%n(%d plans in the corpus, compared in %d ms.)%n", corpus.size(), millis);
        return RulesCommand.OK;
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    void print(Impact impact, String beforeName, String afterName) {
        out.printf("== %s: %s (%s) → %s (%s)%n", impact.folder(), shortHash(impact.before()), beforeName,
                shortHash(impact.after()), afterName);
        out.printf("%d plans judged by this revision: %d change, %d do not.%s%s%n", impact.plansEvaluated(), impact.plansChanged(),
                impact.plansEvaluated() - impact.plansChanged(),
                impact.judgedByOtherRevisions() == 0 ? "" : " " + impact.judgedByOtherRevisions() + " judged by other revisions.",
                impact.unreadable().isEmpty() ? "" : " " + impact.unreadable().size() + " not valid plans, left out.");
        impact.unreadable().forEach(u -> out.println("  not a valid plan: " + u.source() + ": " + u.problem()));
        if (impact.plans().isEmpty()) {
            return;
        }
        out.println();
        out.println("Outcomes: " + impact.outcomes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(" · ")));
        out.println();
        out.println("Per criterion (plans changed, by status before → after):");
        int width = impact.criteria().stream().mapToInt(c -> c.id().length()).max().orElse(10);
        for (Impact.CriterionCount c : impact.criteria()) {
            out.printf("  %-" + width + "s  %-18s %4d   %s%n", c.id(), c.ref(), c.changed(), c.directions().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · ")));
        }
        out.println();
        out.println("Per plan:");
        for (Impact.PlanChange plan : impact.plans()) {
            out.printf("  %s  %s  %s → %s%n", plan.source(), plan.planId(), plan.outcomeBefore(), plan.outcomeAfter());
            for (Impact.CriterionChange c : plan.criteria()) {
                out.printf("      %s (%s)  %s → %s  [%s]%n", c.id(), c.ref(), c.statusBefore(), c.statusAfter(),
                        String.join(", ", c.changed()));
                if (c.facts() != null) {
                    c.facts().forEach((name, change) -> out.printf("          %s: %s → %s%n", name, show(change.before()),
                            show(change.after())));
                }
                if (c.missingBefore() != null) {
                    out.printf("          missing: %s → %s%n", c.missingBefore(), c.missingAfter());
                }
                if (c.reasonAfter() != null || c.reasonBefore() != null) {
                    out.println("          was: " + c.reasonBefore());
                    out.println("          now: " + c.reasonAfter());
                }
            }
        }
    }

    private static String show(Object value) {
        return value == null ? "(none)" : String.valueOf(value);
    }

    static String shortHash(String hash) {
        return hash == null ? "(none)" : hash.length() > 19 ? hash.substring(0, 19) + "…" : hash;
    }
}
