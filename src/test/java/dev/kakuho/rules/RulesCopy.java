package dev.kakuho.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** A private copy of the project's rules directory that a test may edit as policy staff would. */
public final class RulesCopy {

    public static final String REVISION = "critical-minerals/2026-03-30";

    private final Path root;

    private RulesCopy(Path root) {
        this.root = root;
    }

    public static RulesCopy create() {
        try {
            return at(Files.createTempDirectory("rules-copy"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh copy at a fixed place (emptied first), for a Quarkus test profile and its test to
     * agree on where the rules are.
     */
    public static RulesCopy at(Path root) {
        try {
            if (Files.exists(root)) {
                try (var files = Files.walk(root)) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(root);
            copyTree(Path.of("rules"), root);
            return new RulesCopy(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copy a test profile made at {@code root}, without copying again. */
    public static RulesCopy existing(Path root) {
        return new RulesCopy(root);
    }

    public Path root() {
        return root;
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RulesCopy write(String relative, String text) {
        try {
            Path target = file(relative);
            Files.createDirectories(target.getParent());
            // write aside and move, as an editor saving a file would, so the watcher never sees half a file
            Path aside = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.writeString(aside, text, StandardCharsets.UTF_8);
            Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in a file. */
    public RulesCopy replace(String relative, String from, String to) {
        String text = read(relative);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(relative + " has no '" + from + "'");
        }
        return write(relative, text.replace(from, to));
    }

    /** Copies a revision folder to a new revision, e.g. to start the revision after it. */
    public RulesCopy copyRevision(String from, String to) {
        try {
            copyTree(root.resolve(from), root.resolve(to));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of a file on which {@code text} first appears. */
    public int lineOf(String relative, String text) {
        String content = read(relative);
        int at = content.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException(relative + " has no '" + text + "'");
        }
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
