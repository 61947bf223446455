package merchlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.FeatureGroup;
import merchlab.features.ShopData;
import merchlab.fixtures.FakeTextEncoder;
import merchlab.fixtures.SyntheticShop;
import merchlab.model.Context;
import merchlab.model.ScoringRequest;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.model.ranker.RankerKind;
import merchlab.model.ranker.RankerModel;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Explanations of a small trained ranker: complete, grouped, reasoned, and faithful on the cheap checks. */
class RankerExplainerTest {
    @TempDir
    static Path dir;
    static Workspace workspace;
    static SavedModel trained;

    @BeforeAll
    static void trainOnce() {
        SyntheticShop shop = new SyntheticShop();
        shop.products = 200;
        shop.shoppers = 80;
        shop.days = 14;
        shop.requestsPerDay = 120;
        shop.dimension = 16;
        workspace = shop.write(dir.resolve("shop.db"));
        try (ShopData data = data()) {
            TrainingSettings settings = TrainingSettings.defaults().withEpochs(3).withDevice("cpu").withBatchSize(256);
            // logged impressions only: the checks below are about position effects, which products a search did not
            // show (random text vectors here, so nothing tells them apart) would only blur on so small a shop
            TrainingJob job = new TrainingJob(data, "ranker", null, settings, TemporalSplit.of(data).trainingWindow(),
                    Map.of("unshown", "0"), null, false);
            trained = new RankerKind().train(job, TrainingListener.NONE, CancelToken.none());
        }
    }

    static ShopData data() {
        return new ShopData(workspace, () -> new FakeTextEncoder(16));
    }

    static final ScoringRequest SEARCH = new ScoringRequest("U5", List.of("P00003", "P00010", "P00031"), "red shoe",
            new Context("mobile", 19, 6));
    static final List<String> TOP10 = List.of("P00004", "P00020", "P00001", "P00002", "P00005", "P00006", "P00007",
            "P00008", "P00009", "P00011");

    @Test
    void attributionsOfAWholeListAddUpToTheScoreChange() {
        try (ShopData data = data(); RankerModel model = RankerKind.open(trained, data, "cpu")) {
            List<Explanation> list = new RankerExplainer(model).explain(SEARCH, TOP10);
            double[] scores = model.score(SEARCH, TOP10);
            assertEquals(10, list.size());
            int within = 0;
            for (int i = 0; i < 10; i++) {
                Explanation e = list.get(i);
                assertEquals(TOP10.get(i), e.productId());
                assertEquals(scores[i], e.score(), 1e-5, "explains the score that was shown");
                double features = e.features().stream().mapToDouble(Explanation.FeatureAttribution::attribution).sum();
                double groups = e.groups().values().stream().mapToDouble(Double::doubleValue).sum();
                assertEquals(features, groups, 1e-9, "groups are sums of features");
                double change = e.score() - e.baselineScore();
                double scale = Math.max(Math.abs(change), 0.01 * Math.max(e.score(), e.baselineScore()));
                assertEquals(Math.abs(features - change) / scale, e.completenessError(), 1e-9, "the error reported");
                int last = IntegratedGradients.STEP_LADDER[IntegratedGradients.STEP_LADDER.length - 1];
                assertTrue(e.completenessError() <= 0.01 || e.steps() == last,
                        "above 1% only after the largest rule: " + e.completenessError() + " at " + e.steps());
                within += e.completenessError() <= 0.01 ? 1 : 0;
                assertEquals(0.0, e.groups().get(FeatureGroup.POSITION), "the position is fixed when scoring");
                assertEquals(model.schema().features().size(), e.features().size());
            }
            assertTrue(within >= 8, within + " of 10 within 1%");
            assertEquals(list.get(0).baselineScore(), list.get(5).baselineScore(), 1e-12, "one baseline for all");
        }
    }

    @Test
    void productExplainerGivesTheRankersAttributionsAndAWaterfallToTheScore() {
        try (ShopData data = data(); RankerModel model = RankerKind.open(trained, data, "cpu")) {
            ProductExplainer explainer = new ProductExplainer(model, data);
            assertTrue(explainer.attributesFeatures());
            List<ItemExplanation> list = explainer.explain(SEARCH, TOP10.subList(0, 3));
            List<Explanation> direct = new RankerExplainer(model).explain(SEARCH, TOP10.subList(0, 3));
            for (int i = 0; i < 3; i++) {
                ItemExplanation e = list.get(i);
                assertTrue(e.hasAttributions());
                assertTrue(e.history().isEmpty());
                assertEquals(direct.get(i).score(), e.score(), 1e-9);
                assertEquals(direct.get(i).attributions(), e.attributions());
                assertEquals(direct.get(i).reasons(), e.reasons());
                List<ItemExplanation.WaterfallStep> steps = e.waterfall(false, 1e-4);
                assertEquals(e.baselineScore(), steps.get(0).from(), 1e-12, "starts at the baseline");
                double total = e.features().stream().mapToDouble(Explanation.FeatureAttribution::attribution).sum();
                assertEquals(e.baselineScore() + total, steps.get(steps.size() - 1).to(), 1e-9, "ends at the sum");
                for (int k = 1; k < steps.size(); k++) {
                    assertEquals(steps.get(k - 1).to(), steps.get(k).from(), 1e-12, "each bar starts where one ends");
                }
            }
            ItemExplanation alone = explainer.explain(SEARCH, TOP10.get(0));
            assertEquals(list.get(0).score(), alone.score(), 1e-6, "float32 sums in a batch of one or three");
            list.get(0).attributions().forEach((name, a) -> assertEquals(a, alone.attributions().get(name),
                    1e-3 * Math.abs(list.get(0).score() - list.get(0).baselineScore()) + 1e-6,
                    name + ": one product alone (more nodes) agrees with the list"));
        }
    }

    @Test
    void heldOutImportanceReportsEveryGroupAndItsProgress() {
        try (ShopData data = data()) {
            List<Double> seen = new java.util.ArrayList<>();
            HeldOutImportance.Result r = new HeldOutImportance(data).run(trained, 20, 2, 1, CancelToken.none(),
                    seen::add);
            assertEquals(FeatureGroup.values().length, r.report().groups().size());
            assertEquals(20, r.lists());
            assertEquals(1.0, seen.get(seen.size() - 1), 1e-12, "ends at 100%");
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) > seen.get(i - 1), "progress only goes up");
            }
            CancelToken cancelled = new CancelToken();
            cancelled.cancel();
            assertThrows(merchlab.CancelledException.class, () -> new HeldOutImportance(data).run(trained, 20, 2, 1,
                    cancelled, f -> { }));
        }
    }

    @Test
    void unknownProductIsAClearError() {
        try (ShopData data = data(); RankerModel model = RankerKind.open(trained, data, "cpu")) {
            MerchLabException e = assertThrows(MerchLabException.class,
                    () -> new RankerExplainer(model).explain(SEARCH, "NOPE"));
            assertTrue(e.getMessage().contains("NOPE"));
        }
    }

    @Test
    void baselineFollowsTheDocumentedRules() {
        try (ShopData data = data(); RankerModel model = RankerKind.open(trained, data, "cpu")) {
            FeatureBaseline b = new RankerExplainer(model).baseline();
            float[] row = b.row();
            assertEquals(model.pipeline().mean()[model.schema().index("product_ctr")],
                    row[model.schema().index("product_ctr")], 0f);
            assertEquals(0f, row[model.schema().index("device_mobile")]);
            assertEquals(1f, row[model.schema().index("position")]);
            assertEquals("zero (no query)", b.rule("query_embedding"));
        }
    }

    @Test
    void removingFeaturesInAttributionOrderLowersTheScoreFasterThanRandomOrder() {
        try (ShopData data = data(); RankerModel model = RankerKind.open(trained, data, "cpu")) {
            RankerExplainer explainer = new RankerExplainer(model);
            List<Explanation> list = explainer.explain(SEARCH, TOP10);
            DeletionCurve.Result r = new DeletionCurve(new RankerFunction(model), model.schema(), 8, 3)
                    .run(model.features(SEARCH, TOP10), list, explainer.baseline().row());
            assertTrue(r.areaBetween() > 0, "area " + r.areaBetween());
            assertEquals(r.attributionOrder()[0], r.randomOrder()[0], 1e-6, "both start at the scores");
            assertEquals(list.get(0).baselineScore(), r.attributionOrder()[r.attributionOrder().length - 1], 1e-6,
                    "everything removed is the baseline");
        }
    }

    @Test
    void randomWeightsGiveDifferentAttributions() {
        try (ShopData data = data(); RankerModel model = RankerKind.open(trained, data, "cpu");
             RankerModel random = RankerKind.openRandomised(trained, data, 11)) {
            List<Explanation> a = new RankerExplainer(model).explain(SEARCH, TOP10);
            List<Explanation> b = new RankerExplainer(model, new RankerFunction(random), IntegratedGradients.STEP_LADDER)
                    .explain(SEARCH, TOP10);
            List<Explanation> again = new RankerExplainer(model).explain(SEARCH, TOP10);
            RandomisationCheck check = RandomisationCheck.compare(a, b);
            assertTrue(check.meanSignedRankCorrelation() < 0.6, "rho " + check.meanSignedRankCorrelation());
            assertEquals(1.0, RandomisationCheck.compare(a, again).meanSignedRankCorrelation(), 1e-9);
        }
    }

    @Test
    void heldOutImpressionsCarryRequestIdsPositionsAndClicks() {
        try (ShopData data = data(); RankerModel model = RankerKind.open(trained, data, "cpu")) {
            LoggedImpressions l = LoggedImpressions.from(data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE), data.catalog(),
                    TemporalSplit.of(data).cutoff(), 40);
            assertEquals(40, l.lists().size());
            float[] rows = l.rows(model);
            assertEquals(l.impressions() * model.schema().width(), rows.length);
            int position = model.schema().index("position");
            assertTrue(rows[model.schema().width() + position] > 1, "second impression shown below the top");
            PermutationImportance.Report r = new PermutationImportance(new RankerFunction(model), model.schema(), 3, 5)
                    .run(rows, l.clicked(), CancelToken.none());
            PermutationImportance.Importance pos = r.groups().stream().filter(g -> g.name().equals("position"))
                    .findFirst().orElseThrow();
            assertTrue(pos.aucDrop() > 0.005 && pos.aucLow() <= pos.aucDrop() && pos.aucDrop() <= pos.aucHigh(),
                    "shuffling the shown position hurts: " + pos);
        }
    }
}
