package merchlab.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import merchlab.CancelToken;
import merchlab.prepare.PrepareListener;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.TinyShop;
import merchlab.ui.start.ChecklistStep.State;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run checklist follows the workspace from empty to imported to prepared. */
class StartViewModelTest {
    @TempDir
    Path dir;
    private final TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(new RecordingProblems()),
            new RecordingProblems());
    private final StartViewModel model = new StartViewModel(workbench, TinyShop.services());

    private List<State> states() {
        return model.steps().stream().map(ChecklistStep::state).toList();
    }

    private ChecklistStep step(String id) {
        return model.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anEmptyWorkspaceAsksForAnImportFirst() {
        workbench.open(Workspace.open(dir.resolve("empty.db")));
        assertEquals(List.of(State.NEXT, State.WAITING, State.WAITING, State.WAITING), states());
        model.act("import");
        assertEquals(1, workbench.importRequests);
    }

    @Test
    void anImportedShopOffersPreparationAndSaysWhatIsMissing() {
        Workspace ws = TinyShop.create(dir.resolve("shop.db"));
        workbench.open(ws);
        assertEquals(List.of(State.DONE, State.NEXT, State.WAITING, State.WAITING), states());
        assertEquals("150 products and 9,287 events in this workspace.", step("import").detail());
        assertEquals("Still to make: search index, models (popularity, cooccurrence, semantic, ranker). Takes a minute or"
                + " two on the sample.", step("prepare").detail());
        assertTrue(step("explore").detail().endsWith("Until a model is trained, lists follow retrieval alone."));
        model.act("prepare");
        assertEquals(1, workbench.prepareRequests);

        workbench.setPreparing(true);
        assertEquals(State.RUNNING, step("prepare").state());
        TinyShop.preparation(ws).prepare(PrepareListener.NONE, CancelToken.none());
        workbench.setPreparing(false);
        workbench.dataChanged();
        assertEquals(List.of(State.DONE, State.DONE, State.NEXT, State.NEXT), states());
        assertEquals("Text vectors, search index and models ready: popularity, cooccurrence, semantic, ranker.",
                step("prepare").detail());
        model.act("evaluate");
        assertEquals(List.of("evaluate"), workbench.sectionsShown);
    }
}
