package merchlab.ui.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import merchlab.eval.curves.ClickCurves;
import merchlab.eval.curves.CurveFilter;
import merchlab.model.ModelKinds;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.TinyShop;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateViewModelTest {
    @TempDir
    Path dir;

    @Test
    void evaluatesEveryModelBesideTheBaselinesAndDrawsFilteredCurves() {
        RecordingProblems problems = new RecordingProblems();
        TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        Workspace ws = TinyShop.create(dir.resolve("shop.db"));
        TinyShop.trainRanker(ws);
        EvaluateViewModel evaluate = new EvaluateViewModel(workbench, ModelKinds.installed(), TinyShop::data);
        workbench.open(ws);
        assertEquals("ranker", evaluate.modelProperty().get());
        evaluate.evaluate();
        assertTrue(evaluate.results().stream().anyMatch(r -> r.model().equals("ranker")));
        assertTrue(evaluate.results().stream().anyMatch(r -> r.kind().equals("popularity")));
        String versus = EvaluateViewModel.versus(evaluate.results().stream().filter(r -> r.model().equals("ranker"))
                .findFirst().orElseThrow());
        assertTrue(versus.matches("[+-]\\d\\.\\d{4} \\[[+-]\\d\\.\\d{4}, [+-]\\d\\.\\d{4}\\] p \\d\\.\\d{3}.*"), versus);
        assertEquals("–", EvaluateViewModel.versus(evaluate.results().stream()
                .filter(r -> r.kind().equals("popularity")).findFirst().orElseThrow()));
        evaluate.drawCurves();
        ClickCurves.Curves all = evaluate.curvesProperty().get();
        assertNotNull(all, evaluate.messageProperty().get());
        assertNotNull(all.predictedByPosition());
        assertEquals(20, all.ndcg().length);
        evaluate.filterProperty().set(new CurveFilter("mobile", null, null, null));
        evaluate.drawCurves();
        assertTrue(evaluate.curvesProperty().get().impressions() < all.impressions());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }
}
