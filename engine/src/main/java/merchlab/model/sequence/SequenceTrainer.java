package merchlab.model.sequence;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;
import merchlab.features.ShopCatalog;
import merchlab.features.WorkspaceBehaviour;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.store.EmbeddingStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.ProductVectors;
import merchlab.workspace.Workspace;

/**
 * Trains sequence recommenders (kind {@code sequence}) and opens saved ones.
 *
 * <p>{@link #train(Workspace, String, TrainingSettings, TrainingListener, CancelToken)} learns from the workspace's
 * engagement events and product vectors, holding some products out to validate every epoch and stop early (see
 * {@link #train(InteractionLog, ProductVectors, TrainingSettings, TrainingListener, CancelToken, Path)}). The returned
 * model is not saved: the caller saves it with {@link ModelStore}. An interrupted run leaves a checkpoint beside the
 * workspace file that the next run with the same data and settings resumes from. The {@code sequence} kind of
 * {@code merchlab train} is {@link SequenceKind}.
 */
public final class SequenceTrainer {
    private final SequenceSettings settings;

    /** A trainer with {@link SequenceSettings#defaults()}. */
    public SequenceTrainer() {
        this(SequenceSettings.defaults());
    }

    public SequenceTrainer(SequenceSettings settings) {
        this.settings = settings;
    }

    public SequenceSettings settings() {
        return settings;
    }

    /**
     * Trains on a workspace's engagement events with the product vectors of {@code encoder}; the model is named
     * ({@code sequence}, {@code sequence-2} ...) but not saved.
     */
    public SavedModel train(Workspace ws, String encoder, TrainingSettings s, TrainingListener l, CancelToken c) {
        if (encoder == null || encoder.isBlank()) {
            throw new MerchLabException("no encoder chosen: run merchlab encode before training the sequence model");
        }
        InteractionLog log = new WorkspaceBehaviour(ws, () -> ShopCatalog.load(ws)).interactions();
        ProductVectors vectors = ProductVectors.read(new EmbeddingStore(ws), encoder);
        Path checkpoint = ws.file().resolveSibling(ws.file().getFileName() + ".checkpoints").resolve("sequence.ckpt");
        return train(log, vectors, s, l, c, checkpoint).withName(new ModelStore(ws).freeName("sequence"));
    }

    /**
     * Trains on every interaction of {@code log} but a validation hold-out (each shopper's last product for the
     * next-product objective, a seeded tenth of each shopper's products for the masked one).
     *
     * @param checkpoint file for the per-epoch checkpoint, or null for none
     */
    public SavedModel train(InteractionLog log, ProductVectors vectors, TrainingSettings s, TrainingListener l,
                            CancelToken c, Path checkpoint) {
        ValidationHoldout.Split split = ValidationHoldout.of(log, settings, s.seed());
        return train(split.training(), split.validation(), vectors, s, l, c, checkpoint);
    }

    /**
     * Trains on {@code training}, stopping early on NDCG@10 over {@code validation}, with product text from
     * {@code vectors}: the entry point for evaluation protocols and benchmarks.
     *
     * @param checkpoint file for the per-epoch checkpoint, or null for none
     */
    public SavedModel train(InteractionLog training, List<RankingCase> validation, ProductVectors vectors,
                            TrainingSettings s, TrainingListener l, CancelToken c, Path checkpoint) {
        SequenceFitter.Result r = new SequenceFitter(s, settings, l, c, checkpoint).fit(training, validation, vectors);
        Map<String, Object> stored = new LinkedHashMap<>(s.asMap());
        stored.put("batchSizeUsed", r.batching().size());
        stored.put("passesPerEpoch", r.batching().passes());
        stored.putAll(settings.asMap());
        stored.put("encoder", vectors.encoder());
        stored.put("training", r.softmax());
        stored.put("validation", validation.size() + " shoppers, early stopping on " + SequenceFitter.METRIC);
        stored.put("shoppers", training.shoppers().size());
        stored.put("interactions", training.size());
        stored.put("trainingProducts", r.products());
        stored.put("epochsRun", r.epochs());
        stored.put("bestEpoch", r.bestEpoch());
        Map<String, Double> metrics = new LinkedHashMap<>(r.validation());
        metrics.put("loss", r.trainLoss());
        metrics.put("epochs", (double) r.epochs());
        metrics.put("seconds", r.seconds());
        metrics.put("examplesPerSecond", r.examples() / Math.max(1e-9, r.seconds()));
        return new SavedModel("sequence", SequenceRecommender.KIND, stored, null, metrics, null, training.from(),
                training.to(), r.device(), System.currentTimeMillis(), null,
                r.parameters());
    }

    /** Opens a saved sequence model over the workspace's product vectors of the encoder it was trained with. */
    public SequenceRecommender load(SavedModel m, Workspace ws) {
        Object encoder = m.settings().get("encoder");
        if (encoder == null) {
            throw new MerchLabException("model " + m.name() + " does not name the encoder it was trained with");
        }
        return SequenceRecommender.open(m, ProductVectors.read(new EmbeddingStore(ws), encoder.toString()));
    }
}
