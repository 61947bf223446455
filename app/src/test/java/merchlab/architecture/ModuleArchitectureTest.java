package merchlab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules across modules: tensors stay inside the model packages, and the desktop never talks SQL. */
class ModuleArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.isJar() || location.contains("merchlab-"))
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
}
