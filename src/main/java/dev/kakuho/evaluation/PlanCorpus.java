package dev.kakuho.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plans an impact analysis evaluates under both rule sets: the bundled examples
 * ({@code examples/<activity>/*.plan.json}), any folder of plan files, and the latest stored plan of
 * each planId once evaluations are kept ({@link StoredPlans}).
 */
public final class PlanCorpus {

    /** One plan of the corpus: where it comes from (a path, or a stored plan's id) and its JSON. */
    public record CorpusPlan(String source, byte[] json) {
    }

    /**
     * The hook for kept evaluations: the latest plan of every planId. Until evaluations are kept there
     * are none; a store of evaluations supplies them by implementing this (an adapter here in
     * {@code evaluation}, since the store sits below it).
     */
    @FunctionalInterface
    public interface StoredPlans {
        StoredPlans NONE = List::of;

        List<CorpusPlan> latest();
    }

    private PlanCorpus() {
    }

    /** The bundled examples: every {@code *.plan.json} under the examples folder. */
    public static List<CorpusPlan> examples(Path examplesDir) {
        return files(examplesDir, ".plan.json");
    }

    /** Every {@code *.json} file under a folder, at any depth, in path order. */
    public static List<CorpusPlan> folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a folder");
        }
        return files(dir, ".json");
    }

    private static List<CorpusPlan> files(Path dir, String suffix) {
        List<CorpusPlan> plans = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return plans;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix))
                    .sorted().toList()) {
                plans.add(new CorpusPlan(file.toString().replace('\\', '/'), Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plans under " + dir, e);
        }
        return plans;
    }
}
