package dev.kakuho.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files of rule sets: finding the folders, reading a folder's texts, and the content hash over them. */
final class RuleSetFiles {

    private RuleSetFiles() {
    }

    /** Every {@code <material>/<revision>/} folder under the rules directory holding a manifest. */
    static List<Path> find(Path rulesRoot) {
        if (!Files.isDirectory(rulesRoot)) {
            return List.of();
        }
        try (Stream<Path> materials = Files.list(rulesRoot)) {
            List<Path> found = new ArrayList<>();
            for (Path material : materials.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> revisions = Files.list(material)) {
                    revisions.filter(r -> Files.isRegularFile(r.resolve(RuleSetLoader.MANIFEST))).sorted().forEach(found::add);
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the folder by its path relative to it, in path order; the three YAML files are required. */
    static Map<String, String> read(Path folder, LoadProblems problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                texts.put(name, Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(".", 0, "cannot read the rule set's files: " + e.getMessage());
        }
        for (String required : List.of(RuleSetLoader.MANIFEST, RuleSetLoader.CLAUSES, RuleSetLoader.PARAMETERS, RuleSetLoader.NAMES)) {
            if (!texts.containsKey(required)) {
                problems.add(required, 0, "file is missing");
            }
        }
        return texts;
    }

    /** The files at the top of the folder (not the rule tests or other folders below it). */
    static Map<String, String> topLevel(Map<String, String> texts) {
        Map<String, String> top = new LinkedHashMap<>();
        texts.forEach((name, text) -> {
            if (!name.contains("/")) {
                top.put(name, text);
            }
        });
        return top;
    }

    /** The DRL files at the top of the folder (rule tests below it are not rules). */
    static Map<String, String> drl(Map<String, String> texts) {
        Map<String, String> drl = new LinkedHashMap<>();
        texts.forEach((name, text) -> {
            if (name.endsWith(".drl") && !name.contains("/")) {
                drl.put(name, text);
            }
        });
        return drl;
    }

    /**
     * SHA-256 over the DRL files alone, in path order: all that the compiled rule base is made from, so
     * an edit of clauses, parameters, names or tests leaves it unchanged.
     */
    static String hashOfDrl(Map<String, String> texts) {
        return hashOfAll(drl(texts));
    }

    /** SHA-256 over every file, the rule tests included, in path order. */
    static String hashOfAll(Map<String, String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            texts.forEach((name, text) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 over the files that decide (everything but the rule tests), in path order. */
    static String contentHash(Map<String, String> texts) {
        Map<String, String> deciding = new LinkedHashMap<>();
        texts.forEach((name, text) -> {
            if (!name.startsWith(RuleSetLoader.TESTS + "/")) {
                deciding.put(name, text);
            }
        });
        return hashOfAll(deciding);
    }
}
