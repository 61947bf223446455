package merchlab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SQL lives behind the stores: only they, the workspace and the importer's writer talk JDBC. */
class StoreArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("merchlab");
    }

    @Test
    void onlyStoresWorkspaceAndImportWriterUseJdbc() {
        noClasses().that().resideOutsideOfPackages("merchlab.store..", "merchlab.workspace..",
                        "merchlab.importer.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }
}
