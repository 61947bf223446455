package merchlab.explain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Explanations work on plain Java arrays: tensor work stays behind the ranker's methods. */
class ExplainArchitectureTest {
    @Test
    void explanationsUseNoDjl() {
        noClasses().that().resideInAPackage("merchlab.explain..").should().dependOnClassesThat()
                .resideInAnyPackage("ai.djl..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("merchlab.explain"));
    }
}
