package merchlab.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages form no cycle; the behaviour log, ranking cases and metrics sit below both models and
 * evaluation, and models know nothing of evaluation.
 */
class PackageCyclesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("merchlab");
    }

    /**
     * Every package is a slice. Two older cycles are left as they were and named here so no other slips in: the
     * importer's service with its formats and stores, and the text encoders' factory with their ONNX implementation.
     */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("merchlab.(**)").should().beFreeOfCycles()
                .ignoreDependency(in("merchlab.importer"), in("merchlab.importer.format", "merchlab.importer.store"))
                .ignoreDependency(in("merchlab.text"), in("merchlab.text.onnx"))
                .check(classes);
    }

    @Test
    void modelsKnowNothingOfEvaluation() {
        noClasses().that().resideInAPackage("merchlab.model..")
                .should().dependOnClassesThat().resideInAPackage("merchlab.eval..").check(classes);
    }

    @Test
    void behaviourAndMetricsSitBelowModelsAndEvaluation() {
        noClasses().that().resideInAnyPackage("merchlab.behaviour..", "merchlab.metric..")
                .should().dependOnClassesThat().resideInAnyPackage("merchlab.model..", "merchlab.eval..",
                        "merchlab.features..", "merchlab.workspace..").check(classes);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> in(String... packages) {
        return describe("in " + String.join(" or ", packages),
                c -> java.util.Arrays.asList(packages).contains(c.getPackageName()));
    }
}
