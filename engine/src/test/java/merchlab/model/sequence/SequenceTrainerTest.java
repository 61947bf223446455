package merchlab.model.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.catalog.Product;
import merchlab.fixtures.TestShop;
import merchlab.model.ScoringRequest;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.store.EmbeddingStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.ProductVectors;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequenceTrainerTest {
    static Workspace shop(Path file) throws Exception {
        TestShop shop = new TestShop(file).withoutEmbeddings().updatedAt(0);
        InteractionLog log = TinyShop.chain(30, 60, 1);
        long id = 1;
        for (Interaction i : log.stream().toList()) {
            id++;
            shop.event(i.timestamp(), i.userId(), id % 3 == 0 ? "purchase" : "click", i.productId(), null, null, null,
                    null);
        }
        ProductVectors text = TinyShop.randomText(30, 8, 2);
        for (String p : text.productIds()) {
            shop.product(Product.of(p, "product " + p, null, null, null));
        }
        Workspace ws = shop.workspace();
        List<EmbeddingStore.Entry> entries = new ArrayList<>();
        for (int p = 0; p < text.size(); p++) {
            entries.add(new EmbeddingStore.Entry("product", text.productId(p), p, text.vector(p)));
        }
        new EmbeddingStore(ws).save("fake", entries);
        ws.putMeta(EmbeddingStore.ENCODER_SETTING, "fake");
        return ws;
    }

    private static TrainingSettings settings(int epochs) {
        return new TrainingSettings(epochs, 16, 0.01, 50, 3, "cpu", 1);
    }

    @Test
    void trainsOnAWorkspaceAndLoadsBackFromTheModelStore(@TempDir Path dir) throws Exception {
        Workspace ws = shop(dir.resolve("shop.db"));
        SequenceTrainer trainer = new SequenceTrainer(TinyShop.small());
        List<String> messages = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        SavedModel model = trainer.train(ws, "fake", settings(3), new TrainingListener() {
            @Override
            public void epoch(int epoch, double trainLoss, Map<String, Double> validation) {
                epochs.add(epoch);
                assertTrue(validation.containsKey("ndcg@10"));
            }

            @Override
            public void message(String text) {
                messages.add(text);
            }
        }, CancelToken.none());
        assertEquals("sequence", model.name());
        assertEquals(List.of(1, 2, 3), epochs);
        assertTrue(messages.get(0).startsWith("training the sequence model on cpu"), messages.toString());
        assertEquals("fake", model.settings().get("encoder"));
        assertEquals(1000L, model.dataFrom());
        new ModelStore(ws).save(model);
        SavedModel stored = new ModelStore(ws).load("sequence");
        ScoringRequest shopper = ScoringRequest.forShopper("u1", List.of("p03", "p04", "p05"));
        List<String> candidates = List.of("p06", "p07", "p20");
        try (SequenceRecommender fresh = SequenceRecommender.open(model, TinyShop.randomText(30, 8, 2));
             SequenceRecommender loaded = trainer.load(stored, ws)) {
            assertArrayEquals(fresh.score(shopper, candidates), loaded.score(shopper, candidates), 1e-6);
            assertEquals("sequence", loaded.kind());
        }
        assertEquals("sequence-2", new ModelStore(ws).freeName("sequence"));
        assertTrue(Files.notExists(dir.resolve("shop.db.checkpoints").resolve("sequence.ckpt")));
    }

    @Test
    void aCancelledRunResumesFromItsCheckpointAndEndsAsAnUninterruptedOne(@TempDir Path dir) throws Exception {
        SavedModel uninterrupted = new SequenceTrainer(TinyShop.small()).train(shop(dir.resolve("a.db")), "fake",
                settings(4), TrainingListener.NONE, CancelToken.none());
        Workspace ws = shop(dir.resolve("b.db"));
        CancelToken cancel = new CancelToken();
        assertThrows(CancelledException.class, () -> new SequenceTrainer(TinyShop.small()).train(ws, "fake",
                settings(4), new TrainingListener() {
                    @Override
                    public void epoch(int epoch, double trainLoss, Map<String, Double> validation) {
                        if (epoch == 2) {
                            cancel.cancel();
                        }
                    }
                }, cancel));
        assertTrue(Files.exists(dir.resolve("b.db.checkpoints").resolve("sequence.ckpt")));
        List<String> messages = new ArrayList<>();
        SavedModel resumed = new SequenceTrainer(TinyShop.small()).train(ws, "fake", settings(4),
                new TrainingListener() {
                    @Override
                    public void message(String text) {
                        messages.add(text);
                    }
                }, CancelToken.none());
        assertTrue(messages.contains("resumed from the checkpoint after epoch 2"), messages.toString());
        assertArrayEquals(uninterrupted.parameters(), resumed.parameters());
        assertEquals(uninterrupted.metrics().get("ndcg@10"), resumed.metrics().get("ndcg@10"));
    }

    @Test
    void aCheckpointThatCannotBeResumedIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Workspace ws = shop(dir.resolve("c.db"));
        Path checkpoint = dir.resolve("c.db.checkpoints").resolve("sequence.ckpt");
        Files.createDirectories(checkpoint.getParent());
        Files.writeString(checkpoint, "not a checkpoint");
        MerchLabException foreign = assertThrows(MerchLabException.class, () -> new SequenceTrainer(TinyShop.small())
                .train(ws, "fake", settings(2), TrainingListener.NONE, CancelToken.none()));
        assertTrue(foreign.getMessage().contains("train without --resume"), foreign.getMessage());

        CancelToken cancel = new CancelToken();
        Files.delete(checkpoint);
        assertThrows(CancelledException.class, () -> new SequenceTrainer(TinyShop.small()).train(ws, "fake",
                settings(4), new TrainingListener() {
                    @Override
                    public void epoch(int epoch, double trainLoss, Map<String, Double> validation) {
                        cancel.cancel();
                    }
                }, cancel));
        MerchLabException other = assertThrows(MerchLabException.class, () -> new SequenceTrainer(TinyShop.small())
                .train(ws, "fake", settings(5), TrainingListener.NONE, CancelToken.none()));
        assertTrue(other.getMessage().contains("other training data or settings"), other.getMessage());
        Files.write(checkpoint, java.util.Arrays.copyOf(Files.readAllBytes(checkpoint), 60));
        MerchLabException cut = assertThrows(MerchLabException.class, () -> new SequenceTrainer(TinyShop.small())
                .train(ws, "fake", settings(4), TrainingListener.NONE, CancelToken.none()));
        assertTrue(cut.getMessage().startsWith("cannot read the checkpoint at"), cut.getMessage());
    }

    @Test
    void aWorkspaceWithoutEventsOrEncoderGivesAClearMessage(@TempDir Path dir) {
        Workspace ws = Workspace.open(dir.resolve("empty.db"));
        SequenceTrainer trainer = new SequenceTrainer();
        MerchLabException noEncoder = assertThrows(MerchLabException.class,
                () -> trainer.train(ws, null, settings(1), TrainingListener.NONE, CancelToken.none()));
        assertTrue(noEncoder.getMessage().contains("merchlab encode"), noEncoder.getMessage());
        MerchLabException noEvents = assertThrows(MerchLabException.class,
                () -> trainer.train(ws, "fake", settings(1), TrainingListener.NONE, CancelToken.none()));
        assertTrue(noEvents.getMessage().startsWith("no engagement events"), noEvents.getMessage());
    }
}
