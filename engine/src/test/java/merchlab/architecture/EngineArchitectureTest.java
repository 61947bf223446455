package merchlab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine stays free of any desktop toolkit: the command line, the Spark jobs and the benchmarks run it headless. */
class EngineArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("merchlab");
    }

    @Test
    void theEngineImportsNoJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theEngineImportsNoChartFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.fair_acc..")
                .check(classes);
    }
}
