package dev.kakuho.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakuho.evaluation.Impact;
import dev.kakuho.evaluation.ImpactAnalysis;
import dev.kakuho.evaluation.PlanCorpus;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetLoader;
import dev.kakuho.rules.RulesCopy;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The impact analysis at the size the guide promises: 10,000 plans (the bundled examples, varied: plan
 * period, start of production, volumes) under the rules as they are and with six years of mine production
 * instead of five. Run with {@code bench/impact}; prints the time of each of three runs and the machine's
 * load average. Not a test: nothing here asserts a time.
 */
public final class ImpactBenchmark {

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        RuleSet published = new RuleSetLoader(Path.of("rules")).load(Path.of("rules", RulesCopy.REVISION));
        RulesCopy copy = RulesCopy.create();
        String parameters = RulesCopy.REVISION + "/parameters.yaml";
        copy.write(parameters, copy.read(parameters)
                .replaceFirst("(periods\\.mine\\.minimumYears:[^\\n]*\\n(?:  [^\\n]*\\n)*?  value: )5", "$16"));
        RuleSet candidate = new RuleSetLoader(copy.root()).load(copy.file(RulesCopy.REVISION));

        List<PlanCorpus.CorpusPlan> corpus = corpus(size);
        ImpactAnalysis analysis = new ImpactAnalysis(PlanReader.create());
        System.out.printf("Impact of periods.mine.minimumYears 5 → 6 over %,d plans, both rule sets (%d cores):%n", corpus.size(),
                Runtime.getRuntime().availableProcessors());
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= runs; run++) {
            long started = System.nanoTime();
            long cpuBefore = os.getProcessCpuTime();
            long gcBefore = gcMillis();
            Impact impact = analysis.compare(RulesCopy.REVISION, published, candidate, List.of(published), corpus, Language.JA);
            double seconds = (System.nanoTime() - started) / 1e9;
            // CPU seconds say what the analysis costs whatever else the machine runs: on two idle cores the
            // time is about half of them
            System.out.printf("  run %d: %.2f s elapsed, %.2f CPU s (%.2f in GC) (%d plans judged, %d changed); load average %.2f%n",
                    run, seconds, (os.getProcessCpuTime() - cpuBefore) / 1e9, (gcMillis() - gcBefore) / 1e3,
                    impact.plansEvaluated(), impact.plansChanged(), os.getSystemLoadAverage());
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    /** The examples again and again, each copy with its own id and its dates and volumes moved a little. */
    static List<PlanCorpus.CorpusPlan> corpus(int size) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<PlanCorpus.CorpusPlan> examples = PlanCorpus.examples(Path.of("examples"));
        Random random = new Random(42);
        List<PlanCorpus.CorpusPlan> corpus = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            PlanCorpus.CorpusPlan example = examples.get(i % examples.size());
            ObjectNode plan = (ObjectNode) json.readTree(example.json());
            plan.put("planId", "BENCH-" + i);
            ObjectNode period = (ObjectNode) plan.path("period");
            if (period.hasNonNull("end")) {
                period.put("end", LocalDate.parse(period.get("end").asText()).plusDays(random.nextInt(1200) - 400).toString());
            }
            if (plan.path("supplyToJapan").hasNonNull("annualTonnes")) {
                ((ObjectNode) plan.get("supplyToJapan")).put("annualTonnes", 1000 + random.nextInt(20_000));
            }
            corpus.add(new PlanCorpus.CorpusPlan(example.source() + "#" + i, json.writeValueAsBytes(plan)));
        }
        return corpus;
    }
}
