package merchlab.model.sequence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.eval.protocol.Interaction;
import merchlab.eval.protocol.InteractionLog;
import merchlab.eval.protocol.RankingCase;
import merchlab.model.ModelStore;
import merchlab.model.SavedModel;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.text.EmbeddingStore;
import merchlab.text.ProductVectors;
import merchlab.workspace.Workspace;

/**
 * Trains sequence recommenders (kind {@code sequence}) and opens saved ones.
 *
 * <p>{@link #train(Workspace, String, TrainingSettings, TrainingListener, CancelToken)} learns from the workspace's
 * engagement events and product vectors; each shopper's last product (for shoppers with three or more) is held out to
 * validate every epoch and stop early. The returned model is not saved: the caller saves it with {@link ModelStore}.
 * An interrupted run leaves a checkpoint beside the workspace file that the next run with the same data and settings
 * resumes from.
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

    /** Trains on a workspace with the product vectors of {@code encoder}; the model is named but not saved. */
    public SavedModel train(Workspace ws, String encoder, TrainingSettings s, TrainingListener l, CancelToken c) {
        if (encoder == null || encoder.isBlank()) {
            throw new MerchLabException("no encoder chosen: run merchlab encode before training the sequence model");
        }
        InteractionLog log = InteractionLog.fromWorkspace(ws);
        ProductVectors vectors = new EmbeddingStore(ws).products(encoder);
        List<Interaction> training = new ArrayList<>();
        List<RankingCase> validation = new ArrayList<>();
        for (String user : log.shoppers()) {
            List<Interaction> all = log.interactions(user);
            int keep = all.size() >= 3 ? all.size() - 1 : all.size();
            training.addAll(all.subList(0, keep));
            if (keep < all.size()) {
                List<String> history = all.subList(0, keep).stream().map(Interaction::productId).toList();
                String target = all.get(keep).productId();
                if (!history.contains(target)) {
                    validation.add(new RankingCase(user, history, new LinkedHashSet<>(history), Set.of(target)));
                }
            }
        }
        Path checkpoint = ws.file().resolveSibling(ws.file().getFileName() + ".checkpoints").resolve("sequence.ckpt");
        SavedModel model = train(InteractionLog.of(training), validation, vectors, s, l, c, checkpoint);
        return model.withName(new ModelStore(ws).freeName("sequence"));
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
        return SequenceRecommender.open(m, new EmbeddingStore(ws).products(encoder.toString()));
    }
}
