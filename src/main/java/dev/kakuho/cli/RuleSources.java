package dev.kakuho.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a version of the rules is: a directory as it stands, or the rules directory as committed at
 * a git revision ({@code HEAD}, {@code main}, {@code HEAD~3}), copied out to a temporary folder.
 */
final class RuleSources {

    private RuleSources() {
    }

    /**
     * {@code spec} itself when it is a directory; otherwise the directory {@code rulesDir} as it was
     * at git revision {@code spec}.
     */
    static Path resolve(String spec, Path rulesDir) {
        Path asDirectory = Path.of(spec);
        if (Files.isDirectory(asDirectory)) {
            return asDirectory;
        }
        Path dir = rulesDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(spec + " is neither a directory nor a git revision of " + rulesDir);
        }
        String top = git(dir, "rev-parse", "--show-toplevel").strip();
        String prefix = Path.of(top).relativize(dir).toString().replace('\\', '/');
        List<String> files = git(Path.of(top), "ls-tree", "-r", "--name-only", spec, "--", prefix.isEmpty() ? "." : prefix)
                .lines().filter(l -> !l.isBlank()).toList();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("git revision " + spec + " has no files under " + (prefix.isEmpty() ? "." : prefix));
        }
        try {
            Path copy = Files.createTempDirectory("rules-" + spec.replaceAll("[^A-Za-z0-9._-]", "_") + "-");
            for (String file : files) {
                Path target = copy.resolve(prefix.isEmpty() ? file : file.substring(prefix.length() + 1));
                Files.createDirectories(target.getParent());
                Files.write(target, gitBytes(Path.of(top), "show", spec + ":" + file));
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule-set folders (holding {@code ruleset.yaml}) under a rules directory, or the folder itself if it is one. */
    static List<Path> ruleSetFolders(Path dir) {
        if (Files.isRegularFile(dir.resolve("ruleset.yaml"))) {
            return List.of(dir);
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> materials = Files.list(dir)) {
            for (Path material : materials.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> revisions = Files.list(material)) {
                    revisions.filter(r -> Files.isRegularFile(r.resolve("ruleset.yaml"))).sorted().forEach(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String git(Path dir, String... args) {
        return new String(gitBytes(dir, args), StandardCharsets.UTF_8);
    }

    private static byte[] gitBytes(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (process.waitFor() != 0) {
                throw new IllegalArgumentException("git " + String.join(" ", args) + " failed: not a directory, nor a revision of "
                        + dir);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
