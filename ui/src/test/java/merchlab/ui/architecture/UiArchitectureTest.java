package merchlab.ui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The desktop's layering: charts in one package, view-models free of the scene graph, no SQL in the UI, and no
 * cycle between its packages.
 */
class UiArchitectureTest {
    private static JavaClasses ui;

    @BeforeAll
    static void importUi() throws Exception {
        // the ui module's own classes folder: scanning the whole class path (with its large native jars) is slow
        java.nio.file.Path classes = java.nio.file.Path.of(merchlab.ui.Theme.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        ui = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(classes);
    }

    @Test
    void onlyTheChartPackageImportsChartFx() {
        noClasses().that().resideOutsideOfPackage("merchlab.ui.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fair_acc..")
                .check(ui);
    }

    @Test
    void viewModelsImportNothingFromTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().resideInAnyPackage("merchlab.ui.task..", "merchlab.ui.settings..", "merchlab.ui.format..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(ui);
    }

    @Test
    void theUiNeverOpensSqlItself() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(ui);
    }

    @Test
    void theUiPackagesFormNoCycle() {
        slices().matching("merchlab.ui.(*)..").should().beFreeOfCycles().check(ui);
    }

    @Test
    void theUiNeverTouchesModelTensors() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ai.djl..")
                .check(ui);
    }
}
