package merchlab.model.ranker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.eval.temporal.TemporalEvaluation;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.FeatureSchema;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.ModelKinds;
import merchlab.model.ScoringRequest;
import merchlab.model.TrainingListener;
import merchlab.store.EvaluationStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranker learns a planted click model, repeats itself for a seed, and survives saving and moving. */
class RankerKindTest {
    @TempDir
    static Path dir;
    static Workspace workspace;
    static SavedModel trained;

    @BeforeAll
    static void trainOnce() {
        workspace = RankerTestShop.small().write(dir.resolve("shop.db"));
        try (ShopData data = RankerTestShop.data(workspace)) {
            trained = RankerTestShop.trainBeforeCutoff(data, 4);
        }
        new ModelStore(workspace).save(trained);
    }

    @Test
    void learnsThePlantedSignalBetterThanEveryBaseline() {
        try (ShopData data = RankerTestShop.data(workspace)) {
            TemporalEvaluation.Report report = new TemporalEvaluation(data, ModelKinds.installed(),
                    new ModelStore(workspace), new EvaluationStore(workspace))
                    .run(TemporalSplit.of(data), null, TrainingListener.NONE, CancelToken.none());
            double ranker = auc(report, "ranker");
            for (TemporalEvaluation.Result r : report.results()) {
                if (!r.model().equals("ranker")) {
                    assertTrue(ranker > r.metrics().get("auc") + 0.01, "ranker AUC " + ranker + " vs " + r.model()
                            + " " + r.metrics().get("auc"));
                }
            }
            assertNotNull(report.oracle());
            assertTrue(ranker < report.oracle().get("auc") + 0.01, "no model should beat the true probabilities");
            assertTrue(report.results().stream().anyMatch(r -> r.model().equals("popularity-category")));
        }
    }

    private static double auc(TemporalEvaluation.Report report, String model) {
        return report.results().stream().filter(r -> r.model().equals(model)).findFirst().orElseThrow()
                .metrics().get("auc");
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        try (ShopData data = RankerTestShop.data(workspace)) {
            SavedModel again = RankerTestShop.trainBeforeCutoff(data, 4);
            assertArrayEquals(trained.parameters(), again.parameters());
            assertEquals(trained.metrics().get("validation_auc"), again.metrics().get("validation_auc"));
        }
    }

    @Test
    void savedAndImportedModelsScoreExactlyAlike() {
        Path file = dir.resolve("ranker.model.json");
        new ModelStore(workspace).exportTo("ranker", file);
        Workspace other = copyWithoutModels(dir.resolve("other.db"));
        String name = new ModelStore(other).importFrom(file);
        ScoringRequest request = new ScoringRequest("U3", List.of("P00001", "P00007"), "blue shirt",
                new Context("mobile", 20, 6));
        List<String> products = List.of("P00002", "P00010", "P00100", "P00150");
        try (ShopData a = RankerTestShop.data(workspace); ShopData b = RankerTestShop.data(other);
             RankerModel first = (RankerModel) new RankerKind().open(trained, a);
             RankerModel second = (RankerModel) ModelKinds.installed().open(new ModelStore(other).load(name), b)) {
            double[] s1 = first.score(request, products);
            double[] s2 = second.score(request, products);
            assertArrayEquals(s1, s2, 0.0);
            for (double s : s1) {
                assertTrue(s > 0 && s < 1, "a predicted CTR is a probability: " + s);
            }
        }
    }

    private static Workspace copyWithoutModels(Path target) {
        try {
            java.nio.file.Files.copy(workspace.file(), target);
            Workspace w = Workspace.open(target);
            try (var c = w.connect(); var st = c.createStatement()) {
                st.execute("DELETE FROM models");
            }
            return w;
        } catch (java.io.IOException | java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void savedModelCarriesSchemaSettingsAndTrainingRange() {
        FeatureSchema schema = FeatureSchema.fromMap(trained.featureSchema());
        assertTrue(schema.find("query_cosine").isPresent());
        assertTrue(schema.find("position").isPresent());
        assertEquals("cpu", trained.device());
        assertEquals("impressions", trained.settings().get("examples"));
        assertNotNull(trained.dataFrom());
        try (ShopData data = RankerTestShop.data(workspace)) {
            assertTrue(trained.dataTo() < TemporalSplit.of(data).cutoff());
        }
        Map<String, Double> m = trained.metrics();
        assertTrue(m.get("validation_auc") > 0.6);
        assertTrue(m.get("examples_per_second") > 0);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        try (ShopData data = RankerTestShop.data(workspace);
             RankerModel model = (RankerModel) new RankerKind().open(trained, data)) {
            ScoringRequest request = new ScoringRequest("U5", List.of("P00003"), "red shoe", new Context("desktop", 9, 2));
            float[] rows = model.features(request, List.of("P00004", "P00020"));
            RankerModel.Gradients g = model.gradients(rows);
            double[] predicted = model.predict(rows);
            assertArrayEquals(predicted, g.ctr(), 1e-6);
            int width = model.schema().width();
            for (String feature : List.of("query_cosine", "product_ctr", "category_affinity")) {
                int f = model.schema().index(feature);
                float[] up = rows.clone();
                float[] down = rows.clone();
                float h = 1e-2f;
                up[width + f] += h;
                down[width + f] -= h;
                double numeric = (model.predict(up)[1] - model.predict(down)[1]) / (2 * h);
                assertEquals(numeric, g.gradient()[width + f], 1e-3 + 0.05 * Math.abs(numeric), feature);
            }
        }
    }
}
