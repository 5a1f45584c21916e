package dev.kakuho.rules;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code names.yaml}: the names of codes and the labels of facts in the report's languages. */
final class NamesReader {

    private NamesReader() {
    }

    /** The names, or null when an entry is malformed (reported at the line of the entry it concerns). */
    static Names read(YamlFile yaml, LoadProblems problems) {
        if (yaml == null) {
            return null;
        }
        List<Names.Problem> found = new ArrayList<>();
        Names names = Names.of(yaml.root(), found);
        for (Names.Problem problem : found) {
            String pointer = "";
            for (String key : problem.path()) {
                pointer = YamlFile.child(pointer, key);
            }
            problems.add(yaml.name(), yaml.line(pointer), problem.message());
        }
        return found.isEmpty() ? names : null;
    }
}
