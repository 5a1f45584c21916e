package dev.kakuho.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the DRL text says before it compiles: where each rule starts (the compiled rules do not
 * know their line) and which parameters the rules read.
 */
final class DrlScan {

    private static final Pattern RULE_HEADER =
            Pattern.compile("^[ \\t]*rule[ \\t]+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))", Pattern.MULTILINE);
    private static final Pattern PARAMETER_USE = Pattern.compile("params\\s*\\.\\s*(\\w+)\\s*\\(\\s*\"([^\"]*)\"");

    /** A rule's read of a parameter: {@code params.<kind>("<name>")} at a file's line. */
    record ParameterUse(String file, int line, String kind, String name) {
    }

    private DrlScan() {
    }

    /** Where each rule is written, by name; a name defined twice is a problem at its second place. */
    static Map<String, RuleInfo.Location> ruleLocations(Map<String, String> drl, LoadProblems problems) {
        Map<String, RuleInfo.Location> locations = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            Matcher header = RULE_HEADER.matcher(text);
            while (header.find()) {
                String name = header.group(1) != null ? header.group(1) : header.group(2) != null ? header.group(2) : header.group(3);
                RuleInfo.Location location = new RuleInfo.Location(file, lineAt(text, header.start()));
                RuleInfo.Location earlier = locations.putIfAbsent(name, location);
                if (earlier != null) {
                    problems.add(file, location.line(), "rule \"" + name + "\" is already defined at " + earlier);
                }
            }
        });
        return locations;
    }

    /** Every {@code params.<kind>("<name>")} in the rules. */
    static List<ParameterUse> parameterUses(Map<String, String> drl) {
        List<ParameterUse> uses = new ArrayList<>();
        drl.forEach((file, text) -> {
            Matcher use = PARAMETER_USE.matcher(text);
            while (use.find()) {
                uses.add(new ParameterUse(file, lineAt(text, use.start()), use.group(1), use.group(2)));
            }
        });
        return uses;
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
