package merchlab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Features, scoring and evaluation know nothing of DJL; the model packages hand out plain Java values only. */
class RankingArchitectureTest {
    private static final String[] TENSORS = {"ai.djl.ndarray", "ai.djl.nn", "ai.djl.training", "ai.djl.inference"};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("merchlab.features", "merchlab.scoring", "merchlab.eval", "merchlab.model");
    }

    @Test
    void featuresScoringAndEvaluationUseNoDjl() {
        noClasses().that().resideInAnyPackage("merchlab.features..", "merchlab.scoring..", "merchlab.eval..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..").check(classes);
    }

    @Test
    void featuresKnowNoModelScoringOrEvaluation() {
        noClasses().that().resideInAPackage("merchlab.features..")
                .should().dependOnClassesThat().resideInAnyPackage("merchlab.model.ranker..", "merchlab.model.baseline..",
                        "merchlab.scoring..", "merchlab.eval..").check(classes);
    }

    @Test
    void publicModelMethodsTakeAndReturnNoTensors() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("merchlab.model..").and().arePublic()
                .and().areDeclaredInClassesThat().arePublic()
                .should(new ArchCondition<JavaMethod>("take and return no DJL tensors, blocks, trainers or predictors") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
                        types.add(method.getRawReturnType());
                        for (JavaClass t : types) {
                            for (String p : TENSORS) {
                                if (t.getPackageName().startsWith(p)) {
                                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                            + " exposes " + t.getName()));
                                }
                            }
                        }
                    }
                }).check(classes);
    }
}
