package merchlab.ui.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import merchlab.eval.curves.ClickCurves;
import merchlab.eval.curves.CurveFilter;
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
        EvaluateViewModel evaluate = new EvaluateViewModel(workbench, TinyShop.services());
        workbench.open(ws);
        assertEquals("ranker", evaluate.modelProperty().get());
        evaluate.evaluate();
        assertEquals("temporal", evaluate.protocolProperty().get());
        ResultTable table = evaluate.tableProperty().get();
        assertTrue(table.rows().stream().anyMatch(r -> r.model().equals("ranker")));
        assertTrue(table.rows().stream().anyMatch(r -> r.kind().equals("popularity")));
        assertFalse(table.columns().contains("recall@10"), "every shown list holds its click: recall@10 is always 1");
        String versus = table.rows().stream().filter(r -> r.model().equals("ranker")).findFirst().orElseThrow().versus();
        assertTrue(versus.matches("vs [a-z-]+: [+-]\\d\\.\\d{4} \\[[+-]\\d\\.\\d{4}, [+-]\\d\\.\\d{4}\\] p \\d\\.\\d{4}.*"),
                versus);
        assertEquals("–", table.rows().stream().filter(r -> r.kind().equals("popularity")).findFirst().orElseThrow()
                .versus());
        assertTrue(table.rows().stream().filter(r -> r.kind().equals("popularity"))
                .allMatch(r -> r.sample().endsWith(" impressions")), "the sample beside every row");
        evaluate.drawCurves();
        ClickCurves.Curves all = evaluate.curvesProperty().get();
        assertNotNull(all, evaluate.messageProperty().get());
        assertNotNull(all.predictedByPosition());
        assertEquals(20, all.ndcg().length);
        String thin = EvaluateViewModel.thinDays(all);
        assertTrue(thin.isEmpty() || thin.startsWith("Few impressions, wide bands: "), thin);
        evaluate.filterProperty().set(new CurveFilter("mobile", null, null, null));
        evaluate.drawCurves();
        assertTrue(evaluate.curvesProperty().get().impressions() < all.impressions());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void aDayWithFewImpressionsIsNamedWithItsCountsNotLeftToReadAsZero() {
        double day = 86_400_000.0 * 19_783; // 2024-03-01
        double[] none = new double[0];
        ClickCurves.Curves c = new ClickCurves.Curves(121, none, none, none, none, null, null, null, none, none, none,
                none, new double[] {day, day + 86_400_000}, new double[] {0.1, 0}, null, new double[] {0.06, 0},
                new double[] {0.17, 0.79}, new double[] {120, 1});
        assertEquals("Few impressions, wide bands: 2024-03-02: 1 impression, 0 clicks", EvaluateViewModel.thinDays(c));
    }
}
