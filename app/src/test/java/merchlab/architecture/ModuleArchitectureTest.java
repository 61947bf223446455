package merchlab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules across modules: tensors stay inside the model packages, the desktop never talks SQL, and only the stores, the
 * workspace and the importer's writer use JDBC (checked over the engine, ui and app classes on this classpath).
 */
class ModuleArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.isJar() || location.contains("merchlab-"))
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("merchlab");
    }

    @Test
    void djlTensorsAndSessionsStayInsideModelPackages() {
        noClasses().that().resideOutsideOfPackages("merchlab.model..", "merchlab.text..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "ai.djl.ndarray..", "ai.djl.inference..", "ai.djl.training..", "ai.djl.nn..")
                .check(classes);
    }

    @Test
    void desktopNeverOpensSqlConnections() {
        noClasses().that().resideInAnyPackage("merchlab.ui..", "merchlab.app..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(classes);
    }

    @Test
    void onlyStoresWorkspaceAndImportWriterUseJdbc() {
        noClasses().that().resideOutsideOfPackages("merchlab.store..", "merchlab.workspace..",
                        "merchlab.importer.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }
}
