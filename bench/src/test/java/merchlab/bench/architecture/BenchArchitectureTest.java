package merchlab.bench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The benchmarks read a workspace as the product does, through its stores: no JDBC of their own. */
class BenchArchitectureTest {
    @Test
    void benchmarksUseNoJdbc() {
        JavaClasses bench = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("merchlab.bench");
        noClasses().should().dependOnClassesThat().resideInAPackage("java.sql..").check(bench);
    }
}
