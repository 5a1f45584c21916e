package dev.kakuho.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Language;
import dev.kakuho.rules.RuleSet;
import dev.kakuho.rules.RuleSetException;
import dev.kakuho.rules.RuleSetLoader;
import dev.kakuho.rules.RulesCopy;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The impact analysis writes the reports of the other language only where they can differ: it must
 * still see an edit that changes only the reasons of the language not shown.
 */
class ImpactLanguagesTest {

    private static final String PERIODS = RulesCopy.REVISION + "/s4-periods.drl";
    private static final String PARAMETERS = RulesCopy.REVISION + "/parameters.yaml";

    private static RuleSet load(RulesCopy rules) throws RuleSetException {
        return new RuleSetLoader(rules.root()).load(rules.file(RulesCopy.REVISION));
    }

    private static Impact impact(RuleSet published, RuleSet candidate, Language language) {
        return new ImpactAnalysis(PlanReader.create()).compare(RulesCopy.REVISION, published, candidate, List.of(published),
                PlanCorpus.examples(Path.of("examples")), language);
    }

    private static Set<String> changedSources(Impact impact) {
        Set<String> sources = new TreeSet<>();
        impact.plans().forEach(p -> sources.add(p.source()));
        return sources;
    }

    @Test
    void anEditOfOnlyTheJapaneseReasonShowsInTheEnglishImpact() throws RuleSetException {
        RuleSet published = load(RulesCopy.create());
        RulesCopy edited = RulesCopy.create();
        edited.replace(PERIODS, "までの期間は{minimumYears}年以上です（", "までの期間は{minimumYears}年以上となります（");
        RuleSet candidate = load(edited);
        assertTrue(ImpactAnalysis.reasonsMayDifferBeyondTheShownLanguage(published, candidate));
        Impact impact = impact(published, candidate, Language.EN);
        assertTrue(impact.plansChanged() > 0, "the mine plans that pass the period read differently in Japanese");
        impact.plans().forEach(p -> p.criteria().forEach(c -> {
            assertEquals(List.of("reason"), c.changed(), p.source() + ": " + c);
            assertTrue(Set.of("period.mine", "period.refining").contains(c.id()), c.toString());
            assertEquals(c.reasonBefore(), c.reasonAfter(), "the English reason shown is the same: " + c);
        }));
    }

    @Test
    void aThresholdChangeChangesTheSamePlansWhicheverLanguageIsShown() throws RuleSetException {
        RuleSet published = load(RulesCopy.create());
        RulesCopy edited = RulesCopy.create();
        edited.write(PARAMETERS, edited.read(PARAMETERS)
                .replaceFirst("(periods\\.mine\\.minimumYears:[^\\n]*\\n(?:  [^\\n]*\\n)*?  value: )5", "$16"));
        RuleSet candidate = load(edited);
        assertFalse(ImpactAnalysis.reasonsMayDifferBeyondTheShownLanguage(published, candidate),
                "no reason quotes periods.mine.minimumYears with {param:…}: its value reaches the reason as a fact");
        Impact english = impact(published, candidate, Language.EN);
        Impact japanese = impact(published, candidate, Language.JA);
        assertTrue(english.plansChanged() > 0);
        assertEquals(changedSources(english), changedSources(japanese));
        english.plans().forEach(p -> p.criteria().forEach(c -> assertTrue(c.changed().contains("reason"), c.toString())));
    }
}
