package dev.kakuho.rules;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Reads each DRL file alone, before any compile: a syntax error is reported once, in its own file
 * and at its own line, instead of cascading into errors the batch compile would report in other
 * files (a rule missing its {@code then} makes the compiler misread everything after it).
 */
public final class DrlParsing {

    /** Where a problem is and what it is, in a plain sentence. */
    @FunctionalInterface
    public interface ProblemSink {
        void add(String file, int line, String message);
    }

    private static final Pattern ERROR_PREFIX = Pattern.compile("^\\[ERR \\d+]\\s*Line \\d+:\\d+\\s*");
    private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");

    private DrlParsing() {
    }

    /**
     * Each file's rules as written, or, for a file that cannot be read, its syntax errors (each file
     * at most once per line). Files that parse are returned even when others do not.
     */
    public static Map<String, PackageDescr> parse(Map<String, String> drl, ProblemSink problems) {
        Map<String, PackageDescr> parsed = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            PackageDescr descr;
            try {
                descr = parser.parse(false, new StringReader(text));
            } catch (DroolsParserException e) {
                problems.add(file, Math.max(e.getLineNumber(), 1), "the rules cannot be read here: " + plain(e.getMessage()));
                return;
            }
            if (parser.hasErrors() || descr == null) {
                java.util.Set<Integer> reported = new java.util.HashSet<>();
                for (DroolsError error : parser.getErrors()) {
                    int line = error instanceof ParserError p ? p.getRow() : lineOf(error);
                    if (reported.add(line)) {
                        problems.add(file, Math.max(line, 1), "the rules cannot be read here: " + plain(error.getMessage()));
                    }
                }
                if (reported.isEmpty()) {
                    problems.add(file, 1, "the rules cannot be read");
                }
                return;
            }
            parsed.put(file, descr);
        });
        return parsed;
    }

    private static int lineOf(DroolsError error) {
        int[] lines = error.getLines();
        return lines != null && lines.length > 0 ? lines[0] : 1;
    }

    /** A parser or compiler message without its error code, position prefix or Java package names. */
    public static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "malformed rule";
        }
        String text = message.strip().replaceAll("\\s*\\R\\s*", " ");
        text = ERROR_PREFIX.matcher(text).replaceFirst("");
        Matcher qualified = QUALIFIED_CLASS.matcher(text);
        text = qualified.replaceAll("$1");
        return text;
    }
}
