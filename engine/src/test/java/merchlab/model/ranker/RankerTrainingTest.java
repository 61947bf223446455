package merchlab.model.ranker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.features.ShopData;
import merchlab.fixtures.SyntheticShop;
import merchlab.model.DataWindow;
import merchlab.model.TrainingListener;
import merchlab.store.EmbeddingStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training stops cleanly on bad data and on cancel, reports progress, and resumes from its checkpoint. */
class RankerTrainingTest {
    @TempDir
    Path dir;

    private Workspace shop(java.util.function.Consumer<SyntheticShop> change) {
        SyntheticShop s = RankerTestShop.small();
        s.days = 4;
        s.requestsPerDay = 60;
        change.accept(s);
        return s.write(dir.resolve("shop-" + System.nanoTime() + ".db"));
    }

    private String trainingError(Workspace ws) {
        try (ShopData data = RankerTestShop.data(ws)) {
            return assertThrows(MerchLabException.class, () -> RankerTestShop.train(data, RankerTestShop.quick(1),
                    DataWindow.all(), null, false, TrainingListener.NONE, CancelToken.none())).getMessage();
        }
    }

    @Test
    void logsWithoutClicksAreRefused() {
        String message = trainingError(shop(s -> s.clickScale = 0));
        assertTrue(message.contains("no clicks"), message);
    }

    @Test
    void logsOfASingleShopperAreRefused() {
        String message = trainingError(shop(s -> s.shoppers = 1));
        assertTrue(message.contains("single shopper"), message);
    }

    @Test
    void notANumberInTheFeaturesIsRefusedNamingTheFeature() {
        Workspace ws = shop(s -> { });
        float[] broken = new float[16];
        broken[3] = Float.NaN;
        new EmbeddingStore(ws).save("fake", List.of(new EmbeddingStore.Entry("product", "P00005", 1, broken)));
        String message = trainingError(ws);
        assertTrue(message.contains("not a number") && message.contains("embedding"), message);
    }

    @Test
    void aCancelledRunStopsAtTheNextBatch() {
        Workspace ws = shop(s -> { });
        CancelToken cancel = CancelToken.none();
        TrainingListener cancelAfterTwoSteps = new TrainingListener() {
            @Override
            public void step(int epoch, long step, double loss, double progress) {
                if (step == 2) {
                    cancel.cancel();
                }
            }
        };
        try (ShopData data = RankerTestShop.data(ws)) {
            assertThrows(CancelledException.class, () -> RankerTestShop.train(data, RankerTestShop.quick(3),
                    DataWindow.all(), null, false, cancelAfterTwoSteps, cancel));
        }
    }

    @Test
    void progressAndResumeFromCheckpoint() throws Exception {
        Workspace ws = shop(s -> { });
        Path checkpoints = dir.resolve("checkpoints");
        List<String> events = new ArrayList<>();
        TrainingListener record = new TrainingListener() {
            @Override
            public void epoch(int epoch, double trainLoss, Map<String, Double> validation) {
                events.add("epoch " + epoch);
                assertTrue(Double.isFinite(trainLoss));
            }

            @Override
            public void message(String text) {
                events.add(text);
            }
        };
        try (ShopData data = RankerTestShop.data(ws)) {
            RankerTestShop.train(data, RankerTestShop.quick(2).withLearningRate(1e-4), DataWindow.all(), checkpoints,
                    false, record, CancelToken.none());
            assertTrue(Files.exists(checkpoints.resolve("ranker.ckpt")));
            assertEquals(List.of("epoch 1", "epoch 2"), events.stream().filter(e -> e.startsWith("epoch")).toList());
            events.clear();
            SavedModel resumed = RankerTestShop.train(data, RankerTestShop.quick(3).withLearningRate(1e-4),
                    DataWindow.all(), checkpoints, true, record, CancelToken.none());
            assertTrue(events.get(0).startsWith("training the ranker"), events.toString());
            assertTrue(events.stream().anyMatch(e -> e.startsWith("resumed after epoch 2")), events.toString());
            assertEquals(List.of("epoch 3"), events.stream().filter(e -> e.startsWith("epoch")).toList());
            assertEquals(3.0, resumed.metrics().get("epochs"));
            assertTrue(resumed.parameters().length > 0);
        }
    }
}
