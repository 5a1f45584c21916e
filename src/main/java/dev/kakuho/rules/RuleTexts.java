package dev.kakuho.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/** The rules of a rule set's DRL files as written, by name: where each starts and its text. */
public final class RuleTexts {

    /** A rule's text (trailing spaces aside) and the file and line where it starts. */
    public record RuleText(String name, String file, int line, String text) {

        public String at() {
            return file + ":" + line;
        }
    }

    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");

    private RuleTexts() {
    }

    /** @param drl DRL texts by file name; files that cannot be read are reported to {@code problems} */
    public static Map<String, RuleText> of(Map<String, String> drl, DrlParsing.ProblemSink problems) {
        Map<String, RuleText> rules = new LinkedHashMap<>();
        Map<String, PackageDescr> parsed = DrlParsing.parse(drl, problems);
        parsed.forEach((file, descr) -> {
            String text = drl.get(file);
            for (RuleDescr rule : descr.getRules()) {
                int start = lineStart(text, Math.max(rule.getStartCharacter(), 0));
                Matcher end = END.matcher(text);
                int stop = end.find(start) ? end.end() : text.length();
                StringBuilder body = new StringBuilder();
                text.substring(start, stop).lines().forEach(l -> body.append(l.stripTrailing()).append('\n'));
                rules.put(rule.getName(), new RuleText(rule.getName(), file, rule.getLine(), body.toString()));
            }
        });
        return rules;
    }

    private static int lineStart(String text, int offset) {
        int at = Math.min(offset, text.length());
        while (at > 0 && text.charAt(at - 1) != '\n') {
            at--;
        }
        return at;
    }
}
