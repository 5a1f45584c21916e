package dev.kakuho.rules;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code parameters.yaml}: the numbers, switches and lists the rules read, each with its clause. */
final class ParametersReader {

    private ParametersReader() {
    }

    /** The parameters, or null when one is malformed (reported at the line of its name). */
    static Parameters read(YamlFile yaml, LoadProblems problems) {
        if (yaml == null) {
            return null;
        }
        List<String> found = new ArrayList<>();
        Parameters parameters = Parameters.of(yaml.root(), found);
        for (String problem : found) {
            String name = problem.substring(0, problem.indexOf(':'));
            problems.add(yaml.name(), yaml.line(YamlFile.child("", name)), problem);
        }
        return found.isEmpty() ? parameters : null;
    }
}
