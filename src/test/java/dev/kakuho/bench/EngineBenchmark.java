package dev.kakuho.bench;

import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.report.Report;
import dev.kakuho.report.ReportBuilder;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetException;
import dev.kakuho.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine in process: one full evaluation of an example plan against the compiled rule set
 * (session, facts, firing, report built), and a cold compile of the whole rule set. Run with
 * {@code bench/engine} (see BENCHMARKS.md).
 */
public class EngineBenchmark {

    static final Path RULES = Path.of("rules");
    static final Path RULE_SET = RULES.resolve("critical-minerals/2026-03-30");

    @State(Scope.Benchmark)
    public static class Compiled {

        @Param({
            "examples/exploration-fs/cobalt-exploration-without-offtake-right.plan.json",
            "examples/exploration-fs/nickel-exploration-into-development-draft.plan.json",
            "examples/exploration-fs/nickel-exploration-ontario.plan.json",
            "examples/exploration-fs/nickel-exploration-seven-year-programme.plan.json",
            "examples/mine-development/lithium-mine-draft-without-economics.plan.json",
            "examples/mine-development/lithium-mine-four-year-production.plan.json",
            "examples/mine-development/lithium-mine.plan.json",
            "examples/mine-development/nickel-mine-loss-making-ramp-up.plan.json",
            "examples/refining/graphite-refinery-supplier-without-nda.plan.json",
            "examples/refining/rare-earth-refinery-supplying-nothing-to-japan.plan.json",
            "examples/refining/rare-earth-separation-malaysia.plan.json",
            "examples/technology-development/gallium-recovery-draft-without-targets.plan.json",
            "examples/technology-development/gallium-recovery-joint-rnd-without-consultation.plan.json",
            "examples/technology-development/gallium-recovery-pilot.plan.json",
            "examples/technology-development/germanium-recovery-targets-after-period.plan.json",
        })
        public String plan;

        RuleSet ruleSet;
        Plan parsed;
        final ReportBuilder reports = new ReportBuilder();

        @Setup
        public void setUp() throws RuleSetException, IOException {
            // Outside the Quarkus runtime, Quarkus's embedded log configurator leaves every level on, and
            // Drools then formats trace messages on every evaluation; the service logs at INFO, so does this.
            java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
            ruleSet = new RuleSetLoader(RULES).load(RULE_SET);
            parsed = PlanReader.create().read(Files.readAllBytes(Path.of(plan)));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 3, time = 2)
    @Fork(1)
    public Report evaluate(Compiled state) {
        return state.reports.build(state.ruleSet, state.parsed, state.ruleSet.evaluate(state.parsed), Language.EN);
    }

    /** A compile and check of the whole rule set in a fresh JVM, as at start-up. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public RuleSet coldCompile() throws RuleSetException {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        return new RuleSetLoader(RULES).load(RULE_SET);
    }
}
