package dev.kakuho.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/criteria.md catalogues every criterion the rule sets decide, by its id, or for a criterion
 * every activity of 第2節 shares by its family ({@code *.profit-repayment}).
 */
class CriteriaDocTest {

    @Test
    void everyCriterionOfEveryRuleSetIsCatalogued() throws Exception {
        String doc = Files.readString(Path.of("docs", "criteria.md"), StandardCharsets.UTF_8);
        RuleSetLoader loader = new RuleSetLoader(Path.of("rules"));
        List<Path> folders = loader.findRuleSets();
        assertFalse(folders.isEmpty());
        List<String> absent = new ArrayList<>();
        for (Path folder : folders) {
            for (Criterion criterion : loader.load(folder).catalogue().criteria()) {
                String shared = "`*" + criterion.id().substring(criterion.id().indexOf('.')) + "`"; // *.profit-repayment
                if (!doc.contains("`" + criterion.id() + "`") && !doc.contains(shared)) {
                    absent.add(folder.getFileName() + ": " + criterion.id());
                }
            }
        }
        assertEquals(List.of(), absent, "criteria missing from docs/criteria.md");
    }
}
