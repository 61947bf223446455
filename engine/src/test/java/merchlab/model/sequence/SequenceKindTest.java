package merchlab.model.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.features.ShopData;
import merchlab.model.DataWindow;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequenceKindTest {
    private static ModelTraining.TrainingJobSpec spec(ShopData data, Map<String, String> options, Path checkpoint) {
        return new ModelTraining.TrainingJobSpec(data, new TrainingSettings(3, 16, 0.01, 5, 3, "cpu", 1),
                DataWindow.all(), options, null, checkpoint, false);
    }

    @Test
    void trainCommandKindTrainsSavesAndOpensASequenceModel(@TempDir Path dir) throws Exception {
        Workspace ws = SequenceTrainerTest.shop(dir.resolve("shop.db"));
        ModelKinds kinds = ModelKinds.installed();
        assertTrue(kinds.names().contains("sequence"), kinds.names().toString());
        try (ShopData data = new ShopData(ws, null)) {
            SavedModel m = new ModelTraining(kinds, new ModelStore(ws)).train("sequence",
                    spec(data, Map.of("objective", "masked", "dim", "16", "layers", "1", "history", "8"),
                            dir.resolve("ckpt")), TrainingListener.NONE, CancelToken.none());
            assertEquals("sequence", m.name());
            assertEquals(3.0, m.metrics().get("epochs"));
            assertEquals("masked", m.settings().get("objective"));
            assertEquals(16, m.settings().get("dimension"));
            assertTrue(m.settings().get("transitionWeight") instanceof Number, "the transition skip's weight is kept");
            assertTrue(m.settings().get("transitions") instanceof Map, "and the co-occurrence settings it chose");
            assertTrue(m.metrics().get("ndcg@10") >= m.metrics().get("network_ndcg@10"),
                    "a weight of 0 (the network alone) is always a candidate: " + m.metrics());
            SavedModel stored = new ModelStore(ws).load("sequence");
            assertEquals(Map.of("objective", "masked", "dim", "16", "layers", "1", "history", "8"),
                    ModelTraining.options(stored), "the recipe an evaluation protocol retrains");
            assertEquals(new TrainingSettings(3, 16, 0.01, 5, 3, "cpu", 1),
                    TrainingSettings.fromMap(stored.settings(), TrainingSettings.defaults()));
            try (Recommender r = kinds.open(new ModelStore(ws).load("sequence"), data)) {
                double[] s = r.score(ScoringRequest.forShopper("u1", List.of("p01", "p02")), List.of("p03", "p20"));
                assertTrue(Double.isFinite(s[0]) && Double.isFinite(s[1]));
            }
            SavedModel second = new ModelTraining(kinds, new ModelStore(ws)).train("sequence",
                    spec(data, Map.of("dim", "16", "layers", "1", "history", "8", "transition-skip", "false"), null),
                    TrainingListener.NONE, CancelToken.none());
            assertEquals("sequence-2", second.name());
            assertNull(second.settings().get("transitions"), "transition-skip=false keeps the network alone");
            assertEquals("sequence", second.parent());
        }
    }

    @Test
    void defaultsAreFittedToTheLogAndTheChosenBatchSizeIsStored(@TempDir Path dir) throws Exception {
        Workspace ws = SequenceTrainerTest.shop(dir.resolve("shop.db"));
        try (ShopData data = new ShopData(ws, null)) {
            List<String> messages = new java.util.ArrayList<>();
            TrainingListener listener = new TrainingListener() {
                @Override
                public void message(String text) {
                    messages.add(text);
                }
            };
            SavedModel m = new ModelTraining(ModelKinds.installed(), new ModelStore(ws)).train("sequence",
                    new ModelTraining.TrainingJobSpec(data, new TrainingSettings(1, TrainingSettings.AUTOMATIC, 0.01,
                            5, 3, "cpu", 1), DataWindow.all(), Map.of("dim", "16"), null, null, false),
                    listener, CancelToken.none());
            assertEquals(0, m.settings().get("layers"), "six products per shopper: no attention layers");
            assertEquals(10, m.settings().get("maxHistory"));
            assertEquals(TrainingSettings.AUTOMATIC, m.settings().get("batchSize"), "retrained alike: automatic");
            assertEquals(Batching.MIN_BATCH, m.settings().get("batchSizeUsed"));
            assertEquals(Batching.STEPS_PER_EPOCH / 2, m.settings().get("passesPerEpoch"), "two steps a pass");
            assertTrue(messages.stream().anyMatch(t -> t.startsWith("log shape: ")), messages.toString());
        }
    }

    @Test
    void unknownOrBadOptionsAreClearErrors() {
        SequenceSettings d = SequenceSettings.defaults();
        MerchLabException unknown = assertThrows(MerchLabException.class, () -> d.withOptions(Map.of("colour", "1")));
        assertTrue(unknown.getMessage().contains("unknown sequence option 'colour'"), unknown.getMessage());
        MerchLabException bad = assertThrows(MerchLabException.class, () -> d.withOptions(Map.of("heads", "3")));
        assertTrue(bad.getMessage().contains("heads=3"), bad.getMessage());
        assertEquals(SequenceSettings.MASKED, d.withOptions(Map.of("objective", "masked")).objective());
    }
}
