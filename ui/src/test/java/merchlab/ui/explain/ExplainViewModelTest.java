package merchlab.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import merchlab.explain.ItemExplanation;
import merchlab.features.FeatureGroup;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.TinyShop;
import merchlab.ui.chart.AttributionChart;
import merchlab.ui.chart.Bar;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.ui.task.runner.DeferredTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainViewModelTest {
    @TempDir
    static Path dir;
    static Workspace shop;
    private final RecordingProblems problems = new RecordingProblems();

    @BeforeAll
    static void shopWithARanker() {
        shop = TinyShop.create(dir.resolve("shop.db"));
        TinyShop.trainRanker(shop);
    }

    private ExplainViewModel opened(TestWorkbench workbench) {
        ExplainViewModel explain = new ExplainViewModel(workbench, TinyShop.services());
        workbench.open(shop);
        return explain;
    }

    @Test
    void listsTheModelsAndFindsProductsByIdOrTitle() {
        ExplainViewModel explain = opened(new TestWorkbench(new CurrentThreadTaskRunner(problems), problems));
        assertEquals("ranker", explain.modelProperty().get());
        assertEquals(150, explain.products().size());
        explain.productFilterProperty().set("p0001");
        assertFalse(explain.products().isEmpty());
        assertTrue(explain.products().size() < 150);
        assertTrue(explain.products().stream().allMatch(p -> p.id().toLowerCase().contains("p0001")));
    }

    @Test
    void aLinkFromAnotherSectionOpensItsProductForItsShopperEvenBeforeTheSectionExists() {
        TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        workbench.explainProduct("P00004", "U3"); // the Service section's link, before Explain was ever shown
        ExplainViewModel explain = opened(workbench);
        assertEquals("P00004", explain.productProperty().get().id());
        assertEquals("U3", explain.shopperProperty().get());
        assertNotNull(explain.explanationProperty().get(), explain.explanationMessageProperty().get());

        workbench.explainProduct("P00007", null);
        assertEquals("P00007", explain.productProperty().get().id());
        assertEquals("", explain.shopperProperty().get());
        workbench.dataChanged();
        explain.productFilterProperty().set("");
        ProductChoice other = explain.products().stream().filter(p -> !p.id().equals("P00007")).findFirst()
                .orElseThrow();
        explain.productProperty().set(other);
        workbench.dataChanged();
        assertEquals(other, explain.productProperty().get(), "a link is followed once, not again on every reload");

        workbench.explainProduct("P99999", null);
        assertTrue(explain.explanationMessageProperty().get().contains("not in this workspace's catalog"),
                explain.explanationMessageProperty().get());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void measuresImportanceOfEveryGroupWithIntervals() {
        ExplainViewModel explain = opened(new TestWorkbench(new CurrentThreadTaskRunner(problems), problems));
        explain.listsProperty().set(20);
        explain.repeatsProperty().set(2);
        explain.measureImportance();
        assertNotNull(explain.importanceProperty().get(), explain.importanceMessageProperty().get());
        assertEquals(FeatureGroup.values().length, explain.importanceProperty().get().report().groups().size());
        explain.importanceProperty().get().report().features()
                .forEach(f -> assertTrue(f.aucLow() <= f.aucDrop() && f.aucDrop() <= f.aucHigh(), f.name()));
        assertFalse(explain.measuringProperty().get());
        assertEquals(1.0, explain.progressProperty().get());
        assertTrue(explain.importanceMessageProperty().get().contains("held-out lists"));
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void explainsAProductForAShopperAndQueryFromBaselineToScore() {
        ExplainViewModel explain = opened(new TestWorkbench(new CurrentThreadTaskRunner(problems), problems));
        explain.productProperty().set(explain.products().get(3));
        explain.shopperProperty().set("U3");
        explain.queryProperty().set("red shoe");
        explain.visit().deviceProperty().set("mobile");
        explain.visit().hourProperty().set(20);
        explain.explain();
        ItemExplanation e = explain.explanationProperty().get();
        assertNotNull(e, explain.explanationMessageProperty().get());
        assertEquals(explain.products().get(3).id(), e.productId());
        assertTrue(e.hasAttributions());
        assertTrue(explain.explanationMessageProperty().get().contains("completeness error"));
        List<Bar> bars = AttributionChart.waterfall(e, false);
        assertEquals(FeatureGroup.values().length + 2, bars.size(), "baseline, one step per group, score");
        assertEquals(e.baselineScore(), bars.get(0).to(), 1e-12);
        assertEquals(e.score(), bars.get(bars.size() - 1).to(), 1e-12);
        double reached = bars.get(bars.size() - 2).to();
        assertEquals(e.score(), reached, Math.max(1e-6, e.completenessError() * Math.abs(e.score() - e.baselineScore())
                + 1e-9), "the steps reach the score up to the completeness error");
        List<Bar> byFeature = AttributionChart.waterfall(e, true);
        assertTrue(byFeature.size() <= AttributionChart.TOP_FEATURES + 3);
        assertEquals(reached, byFeature.get(byFeature.size() - 2).to(), 1e-9, "features add up like groups");
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void anUnknownShopperIsAClearMessageAndNoExplanation() {
        ExplainViewModel explain = opened(new TestWorkbench(new CurrentThreadTaskRunner(problems), problems));
        explain.productProperty().set(explain.products().get(0));
        explain.shopperProperty().set("nobody");
        explain.explain();
        assertNull(explain.explanationProperty().get());
        assertTrue(explain.explanationMessageProperty().get().contains("no shopper 'nobody'"),
                explain.explanationMessageProperty().get());
        explain.productProperty().set(null);
        explain.explain();
        assertEquals("Choose a product to explain", explain.explanationMessageProperty().get());
    }

    @Test
    void cancellingTheMeasurementLeavesNoReport() {
        DeferredTaskRunner tasks = new DeferredTaskRunner(problems);
        ExplainViewModel explain = opened(new TestWorkbench(tasks, problems));
        tasks.runAll();
        explain.measureImportance();
        assertTrue(explain.measuringProperty().get());
        explain.measureImportance();
        assertEquals(1, tasks.pending(), "one measurement at a time");
        explain.cancelImportance();
        tasks.runAll();
        assertFalse(explain.measuringProperty().get());
        assertNull(explain.importanceProperty().get());
        assertEquals("Importance cancelled", explain.importanceMessageProperty().get());
        assertTrue(problems.reports.isEmpty(), "a cancellation is not a problem");
    }
}
