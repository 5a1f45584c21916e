package dev.kakuho;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point one way: plan ← rules ← report ← (ruletests, records) ← evaluation ← api / web / cli. A lower
 * package never imports a higher one. The rule tests ({@code ruletests}) judge the rules by the
 * reports they write, so they sit above the report, beside the records.
 */
@AnalyzeClasses(packages = "dev.kakuho", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersArchTest {

    private static final String[] LAYER_PACKAGES = {"dev.kakuho", "dev.kakuho.plan..", "dev.kakuho.rules",
            "dev.kakuho.report..", "dev.kakuho.ruletests..", "dev.kakuho.records..", "dev.kakuho.evaluation..",
            "dev.kakuho.web..", "dev.kakuho.api..", "dev.kakuho.cli.."};

    @ArchTest
    static final ArchRule dependenciesPointDown = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Plan").definedBy("dev.kakuho.plan..")
            .layer("Rules").definedBy("dev.kakuho.rules")
            .layer("Report").definedBy("dev.kakuho.report..")
            .layer("RuleTests").definedBy("dev.kakuho.ruletests..")
            .optionalLayer("Records").definedBy("dev.kakuho.records..")
            .layer("Evaluation").definedBy("dev.kakuho.evaluation..")
            .layer("Web").definedBy("dev.kakuho.web..")
            .layer("Api").definedBy("dev.kakuho.api..")
            .layer("Cli").definedBy("dev.kakuho.cli..")
            .layer("Launcher").definedBy("dev.kakuho")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Api").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Api")
            .whereLayer("Evaluation").mayOnlyBeAccessedByLayers("Api", "Web", "Cli")
            .whereLayer("Records").mayOnlyBeAccessedByLayers("Evaluation", "Api", "Web", "Cli")
            .whereLayer("RuleTests").mayOnlyBeAccessedByLayers("Evaluation", "Api", "Web", "Cli")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("RuleTests", "Records", "Evaluation", "Api", "Web", "Cli")
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Report", "RuleTests", "Records", "Evaluation", "Api", "Web",
                    "Cli", "Launcher")
            .whereLayer("Plan").mayOnlyBeAccessedByLayers("Rules", "Report", "RuleTests", "Records", "Evaluation", "Api",
                    "Web", "Cli", "Launcher");

    /** A new package takes its place in the layers above before it holds code. */
    @ArchTest
    static final ArchRule everyClassIsInALayer = classes().that().resideInAPackage("dev.kakuho..")
            .should().resideInAnyPackage(LAYER_PACKAGES);

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("dev.kakuho.(**)").should().beFreeOfCycles();
}
