package dev.kakuho.rules;

import java.util.List;

/** Every parameter a rule reads exists in {@code parameters.yaml} and is of the kind it is read as. */
final class ParameterUsesCheck {

    private ParameterUsesCheck() {
    }

    static void check(List<DrlScan.ParameterUse> uses, Parameters parameters, LoadProblems problems) {
        for (DrlScan.ParameterUse use : uses) {
            String problem = parameters.problem(use.kind(), use.name());
            if (problem != null) {
                problems.add(use.file(), use.line(), problem);
            }
        }
    }
}
