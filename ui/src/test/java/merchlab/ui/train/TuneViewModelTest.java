package merchlab.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import merchlab.store.ModelStore;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.TinyShop;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuneViewModelTest {
    @TempDir
    Path dir;
    private final RecordingProblems problems = new RecordingProblems();
    private TestWorkbench workbench;

    @BeforeEach
    void workbench() {
        workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
    }

    @Test
    void listsEveryTrialAndSaysHowTheBestComparesWithTheBaselines() {
        Workspace ws = TinyShop.create(dir.resolve("shop.db"));
        workbench.open(ws);
        TuneViewModel tune = new TuneViewModel(workbench, TinyShop.services());
        tune.kindProperty().set("popularity");
        tune.settingsProperty().set(3);
        tune.budgetProperty().set("2m");
        tune.start();
        assertEquals(3, tune.trials().size(), tune.messageProperty().get());
        assertEquals("finished", tune.trials().get(0).status());
        assertEquals("-", tune.trials().get(0).round());
        assertTrue(tune.verdictProperty().get().contains("strongest baseline"), tune.verdictProperty().get());
        String recommended = new ModelStore(ws).recommended().orElseThrow().name();
        assertTrue(tune.messageProperty().get().endsWith("recommended: " + recommended), tune.messageProperty().get());
        assertFalse(tune.runningProperty().get());
        assertEquals(1, workbench.dataVersionProperty().get());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void aBudgetThatIsNoDurationIsRefusedWithAReason() {
        workbench.open(Workspace.open(dir.resolve("empty.db")));
        TuneViewModel tune = new TuneViewModel(workbench, TinyShop.services());
        tune.budgetProperty().set("soon");
        tune.start();
        assertEquals("--budget must be a duration such as 90s, 10m or 1h, not 'soon'", tune.messageProperty().get());
        tune.budgetProperty().set("10m");
        tune.kindProperty().set("semantic");
        tune.start();
        assertEquals("the semantic baseline has no settings to tune", tune.messageProperty().get());
        assertFalse(tune.runningProperty().get());
        assertTrue(tune.trials().isEmpty());
    }
}
