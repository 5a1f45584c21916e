package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a DRL comment quotes as the policy's words is the policy's words: every 「…」 in a comment
 * (a quote may run over several comment lines, and hold a quote of its own) is, piece by piece
 * between the … that mark omissions, in the rule set's source document, as clauses.yaml's texts
 * are ({@link ClauseQuotesTest}; spaces and list markers ignored).
 */
class DrlQuotesTest {

    @Test
    void everyQuoteInARuleCommentIsTheSourcesOwnWords() throws Exception {
        RuleSetLoader loader = new RuleSetLoader(Path.of("rules"));
        List<Path> folders = loader.findRuleSets();
        assertFalse(folders.isEmpty());
        int quotes = 0;
        for (Path folder : folders) {
            RuleSet ruleSet = loader.load(folder);
            String source = ClauseQuotesTest.normalise(Files.readString(folder.resolve(ruleSet.manifest().source().file())));
            List<String> notFound = new ArrayList<>();
            List<Path> drl;
            try (Stream<Path> files = Files.list(folder)) {
                drl = files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
            }
            for (Path file : drl) {
                for (Quote quote : quotes(Files.readAllLines(file))) {
                    quotes++;
                    if (quote.text() == null) {
                        notFound.add(file.getFileName() + ":" + quote.line() + ": 「 without its 」");
                        continue;
                    }
                    for (String piece : quote.text().split("…")) {
                        String quoted = ClauseQuotesTest.normalise(piece);
                        if (!quoted.isEmpty() && !source.contains(quoted)) {
                            notFound.add(file.getFileName() + ":" + quote.line() + ": " + piece.strip());
                        }
                    }
                }
            }
            assertEquals(List.of(), notFound, folder + ": a DRL comment quotes words the source document does not have "
                    + "(copy them from " + ruleSet.manifest().source().file() + "; mark what is left out with …)");
        }
        assertFalse(quotes == 0, "no quotes found in the rule comments: is the scan broken?");
    }

    @Test
    void quotesRunOverCommentLinesAndMayHoldQuotes() {
        List<Quote> found = quotes(List.of(
                "// 「コア技術（いずれも公然と知られていないものに限る。以下",
                "//  「コア技術」という。）」 read as the plan's list; 「一定程度」",
                "rule \"X\" // 「not in a comment block」 is still a comment",
                "    // 「unclosed",
                "when"));
        assertEquals(List.of(
                new Quote(1, "コア技術（いずれも公然と知られていないものに限る。以下「コア技術」という。）"),
                new Quote(2, "一定程度"),
                new Quote(3, "not in a comment block"),
                new Quote(4, null)), found);
    }

    /** A quote and the line it starts on; a null text is a 「 never closed within its comment. */
    record Quote(int line, String text) {
    }

    /** The outermost 「…」 of each run of comment lines (a quote does not run from one comment into the next). */
    static List<Quote> quotes(List<String> lines) {
        List<Quote> quotes = new ArrayList<>();
        int depth = 0;
        int startLine = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int comment = line.indexOf("//");
            boolean commentOnly = comment >= 0 && line.substring(0, comment).isBlank();
            if (comment < 0 || !commentOnly && depth > 0) {
                if (depth > 0) {
                    quotes.add(new Quote(startLine, null));
                    depth = 0;
                }
                if (comment < 0) {
                    continue;
                }
            }
            String body = line.substring(comment + 2);
            if (depth > 0) {
                body = body.stripLeading(); // a quote continued: the comment's indentation is not the policy's
            }
            for (int c = 0; c < body.length(); c++) {
                char ch = body.charAt(c);
                if (ch == '「') {
                    if (depth++ == 0) {
                        startLine = i + 1;
                        text.setLength(0);
                        continue;
                    }
                } else if (ch == '」' && depth > 0) {
                    if (--depth == 0) {
                        quotes.add(new Quote(startLine, text.toString()));
                        continue;
                    }
                }
                if (depth > 0) {
                    text.append(ch);
                }
            }
        }
        if (depth > 0) {
            quotes.add(new Quote(startLine, null));
        }
        return quotes;
    }
}
