package dev.kakuho.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The example plans bundled with the service ({@code <examples.dir>/<activity>/<name>.plan.json}),
 * listed afresh on each call so examples added to the folder show without a restart.
 */
@ApplicationScoped
public class Examples {

    static final String SUFFIX = ".plan.json";

    /** One example: its id ({@code <activity>/<name>}), the folder it is in and its name. */
    public record Example(String id, String group, String name, Path file) {
    }

    private final Path dir;

    public Examples(ExamplesConfig config) {
        this.dir = config.dir();
    }

    public List<Example> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir, 2)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f))
                    .map(this::example)
                    .sorted(java.util.Comparator.comparing(Example::id))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the examples in " + dir, e);
        }
    }

    /** The example of that id: only one that {@link #list()} names, so an id cannot reach outside the folder. */
    public Optional<Example> find(String id) {
        return list().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public byte[] read(Example example) {
        try {
            return Files.readAllBytes(example.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example " + example.id(), e);
        }
    }

    private Example example(Path file) {
        Path relative = dir.relativize(file);
        String name = file.getFileName().toString();
        name = name.substring(0, name.length() - SUFFIX.length());
        String group = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        return new Example(group.isEmpty() ? name : group + "/" + name, group, name, file);
    }
}
