package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every clause a report quotes is the policy's own words: each piece of a clause or sub-clause text (pieces are
 * separated by line breaks and by … where the quote leaves something out) occurs in the rule set's
 * source document. Spaces and list markers are ignored, as the document's layout puts them anywhere.
 */
class ClauseQuotesTest {

    @Test
    void everyClauseTextIsQuotedFromTheSource() throws Exception {
        RuleSetLoader loader = new RuleSetLoader(Path.of("rules"));
        for (Path folder : loader.findRuleSets()) {
            RuleSet ruleSet = loader.load(folder);
            String source = normalise(Files.readString(folder.resolve(ruleSet.manifest().source().file())));
            List<String> notFound = new ArrayList<>();
            for (Criterion criterion : ruleSet.catalogue().criteria()) {
                List<String> texts = new ArrayList<>(List.of(criterion.text()));
                criterion.subClauses().forEach(sub -> texts.add(sub.text()));
                for (String text : texts) {
                    for (String piece : text.split("\\R|…")) {
                        String quoted = normalise(piece);
                        if (!quoted.isEmpty() && !source.contains(quoted)) {
                            notFound.add(criterion.id() + ": " + piece.strip());
                        }
                    }
                }
            }
            assertEquals(List.of(), notFound, folder + ": clause text not found in the source document");
            for (String line : ruleSet.manifest().transitionalProvision().text().split("\\R")) {
                assertTrue(source.contains(normalise(line.replaceFirst("^\\d+ ", ""))), "附則 not quoted from the source: " + line);
            }
        }
    }

    static String normalise(String text) {
        return text.replaceAll("(?m)^\\s*-\\s+", "").replaceAll("[\\s\\u3000]+", "");
    }
}
