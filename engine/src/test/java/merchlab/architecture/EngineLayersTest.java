package merchlab.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's layers, top to bottom: the application services (a shop's services, preparation, shopper service,
 * breakdowns), scoring, explanations, evaluation, models and search, features, query understanding and browsing,
 * importers and text encoders, the stores that read and write the workspace's tables, the workspace, and at the
 * bottom the behaviour log, catalog, metrics, CSV files and the sponsored-products API.
 * A layer uses only the layers below it; the one exception is named in the test with its reason.
 */
class EngineLayersTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("merchlab");
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("application").definedBy("merchlab.shop..", "merchlab.prepare..", "merchlab.service..",
                        "merchlab.breakdown..")
                .layer("scoring").definedBy("merchlab.scoring..")
                .layer("explain").definedBy("merchlab.explain..")
                .layer("eval").definedBy("merchlab.eval..")
                .layer("models and search").definedBy("merchlab.model..", "merchlab.search..")
                .layer("features, query, browse").definedBy("merchlab.features..", "merchlab.query..",
                        "merchlab.browse..")
                .layer("importer and text").definedBy("merchlab.importer..", "merchlab.text..")
                .layer("store").definedBy("merchlab.store..")
                .layer("workspace").definedBy("merchlab.workspace..")
                .layer("base").definedBy("merchlab.behaviour..", "merchlab.catalog..", "merchlab.metric..",
                        "merchlab.csv..", "merchlab.ads..")
                .whereLayer("application").mayNotBeAccessedByAnyLayer()
                .whereLayer("scoring").mayOnlyBeAccessedByLayers("application")
                .whereLayer("explain").mayOnlyBeAccessedByLayers("application", "scoring")
                .whereLayer("eval").mayOnlyBeAccessedByLayers("application", "scoring", "explain")
                .whereLayer("models and search").mayOnlyBeAccessedByLayers("application", "scoring", "explain",
                        "eval")
                .whereLayer("features, query, browse").mayOnlyBeAccessedByLayers("application", "scoring", "explain",
                        "eval", "models and search")
                .whereLayer("importer and text").mayOnlyBeAccessedByLayers("application", "scoring", "explain",
                        "eval", "models and search", "features, query, browse")
                .whereLayer("store").mayOnlyBeAccessedByLayers("application", "scoring", "explain", "eval",
                        "models and search", "features, query, browse", "importer and text")
                .whereLayer("workspace").mayOnlyBeAccessedByLayers("application", "scoring", "explain", "eval",
                        "models and search", "features, query, browse", "importer and text", "store")
                // the judged protocol measures models as they rank a query's candidates for a shopper, which is
                // the scoring layer's work: it re-ranks through ShopScorers and RelevanceGate rather than copying them
                .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage("merchlab.eval.judged"),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("merchlab.scoring"))
                .check(classes);
    }
}
