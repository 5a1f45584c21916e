package dev.kakuho.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Problems found in one rule-set folder, each named by its file relative to the rules directory and its line. */
final class LoadProblems {

    private final List<RuleProblem> list = new ArrayList<>();
    private final String prefix;

    /** @param rulesRoot the rules directory (absolute, normalised); files are named relative to it */
    LoadProblems(Path rulesRoot, Path folder) {
        String relative = folder.startsWith(rulesRoot) ? rulesRoot.relativize(folder).toString().replace('\\', '/') : folder.toString();
        this.prefix = relative.isEmpty() ? "" : relative + "/";
    }

    /** @param file a file of the folder ({@code "."}: the folder itself); @param line 0 when no line applies */
    void add(String file, int line, String message) {
        list.add(new RuleProblem(".".equals(file) ? prefix.isEmpty() ? "." : prefix.substring(0, prefix.length() - 1) : prefix + file,
                line, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<RuleProblem> list() {
        return list;
    }
}
