package merchlab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine and the sample-data generator stay free of any desktop toolkit. */
class EngineArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.isJar() || location.contains("merchlab-"))
                .importPackages("merchlab");
    }

    @Test
    void engineAndSampleDataImportNoJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void engineAndSampleDataImportNoChartFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.fair_acc..")
                .check(classes);
    }
}
