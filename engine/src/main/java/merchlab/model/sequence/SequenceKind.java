package merchlab.model.sequence;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;
import merchlab.features.ShopCatalog;
import merchlab.features.ShopData;
import merchlab.model.ModelKind;
import merchlab.model.Recommender;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.model.baseline.CooccurrenceKind;
import merchlab.store.EmbeddingStore;
import merchlab.store.SavedModel;
import merchlab.text.ProductVectors;

/**
 * The {@code sequence} kind of {@code merchlab train}: the sequence recommender trained on the job's window of
 * engagement events with the workspace's product vectors.
 *
 * <p>Defaults are fitted to the log's shape ({@link SequenceSettings#fittedTo}); options ({@code --set KEY=VALUE})
 * override them: {@code objective} (next or masked), {@code mask-rate}, {@code dim},
 * {@code layers}, {@code heads}, {@code history}, {@code dropout}, {@code id} (true or false), {@code id-dropout},
 * {@code negatives} (0: full softmax when the catalog is small), {@code weight-decay}, {@code bias} (true or false),
 * {@code new-only} (true or false), {@code transition-skip} (true, the default, or false).
 *
 * <p>The transition skip ({@link TransitionSkip}) is fitted beside the network: a co-occurrence model of the same
 * training log, its settings and its weight chosen on the validation cases (the protocol's, or the network's own
 * hold-out), and stored with the network.
 */
public final class SequenceKind implements ModelKind {
    @Override
    public String name() {
        return SequenceRecommender.KIND;
    }

    @Override
    public String description() {
        return "self-attention over the shopper's recent products; every product, new ones too, scored through its text";
    }

    @Override
    public SavedModel train(TrainingJob job, TrainingListener listener, CancelToken cancel) {
        return train(job, null, listener, cancel);
    }

    /** Trains with early stopping on {@code validation} when given, else on a hold-out of the job's own events. */
    @Override
    public SavedModel train(TrainingJob job, List<RankingCase> validation, TrainingListener listener,
                            CancelToken cancel) {
        ShopData data = job.data();
        InteractionLog log = data.behaviour().interactions(job.window().from(), job.window().to());
        LogShape shape = LogShape.of(log);
        SequenceSettings fitted = SequenceSettings.defaults().fittedTo(shape);
        TrainingSettings training = shape.training(job.settings());
        listener.message(String.format(Locale.ROOT, "log shape: %.1f shoppers per product, median history %d"
                        + " products: %s id vectors, %d attention layers over the last %d products%s; up to %d epochs,"
                        + " stopping after %d without gain",
                shape.shoppersPerProduct(), shape.medianHistory(), fitted.idEmbedding() ? "with" : "without",
                fitted.layers(), fitted.maxHistory(),
                fitted.textSkip() ? ", text similarity to the last product around the adapter" : "",
                training.epochs(), training.patience()));
        SequenceSettings settings = fitted.withOptions(job.options()).withResume(job.resume());
        Path checkpoint = job.checkpoint() == null ? null : job.checkpoint().resolve(job.modelName() + ".ckpt");
        ProductVectors vectors = ProductVectors.read(new EmbeddingStore(data.workspace()), data.encoderName());
        SequenceTrainer trainer = new SequenceTrainer(settings);
        boolean given = validation != null && !validation.isEmpty();
        ValidationHoldout.Split holdout = given ? new ValidationHoldout.Split(log, validation)
                : ValidationHoldout.of(log, settings, job.settings().seed());
        SavedModel m = trainer.train(holdout.training(), holdout.validation(), vectors, training, listener,
                cancel, checkpoint);
        Map<String, Object> stored = new LinkedHashMap<>(m.settings());
        stored.putAll(job.settings().asMap()); // a length left to the model is fitted again when a protocol retrains
        Map<String, Double> metrics = new LinkedHashMap<>(m.metrics());
        byte[] parameters = m.parameters();
        if (Boolean.parseBoolean(job.option("transition-skip", "true")) && !holdout.validation().isEmpty()) {
            listener.message("fitting the transition skip beside the network");
            SavedModel transitions = CooccurrenceKind.fit("transitions", holdout.training(), data.catalog(),
                    Map.of(), holdout.validation(), listener, cancel);
            TransitionSkip.Choice choice;
            try (Recommender network = SequenceRecommender.open(m, vectors);
                 Recommender counts = new CooccurrenceKind().open(transitions, data)) {
                choice = TransitionSkip.chooseWeight(network, counts, holdout.validation(), data.catalog().ids(),
                        listener, cancel);
            }
            if (holdout.training() != log) {
                // chosen without the hold-out's targets; the kept counts take the whole log (the network keeps its
                // hold-out out, as it always has)
                Map<String, String> chosen = new LinkedHashMap<>();
                transitions.settings().forEach((k, v) -> chosen.put(k, String.valueOf(v)));
                transitions = CooccurrenceKind.fit("transitions", log, data.catalog(), chosen, List.of(), listener,
                        cancel);
            }
            listener.message(String.format(Locale.ROOT, "transition skip weight %.4g, the shopper's own products %s:"
                    + " validation NDCG@10 %.4f (the network alone %.4f)", choice.weight(),
                    choice.repeats() ? "kept" : "put last", choice.ndcg(), choice.networkNdcg()));
            stored.put("transitions", transitions.settings());
            stored.put("transitionWeight", choice.weight());
            stored.put("repeats", choice.repeats());
            metrics.put("network_ndcg@10", choice.networkNdcg());
            metrics.put("ndcg@10", choice.ndcg());
            parameters = SequenceModelFile.withTransitions(parameters, transitions.parameters());
        }
        return new SavedModel(job.modelName(), m.kind(), stored, m.featureSchema(), metrics, job.parent(),
                m.dataFrom(), m.dataTo(), m.device(), m.createdAt(), m.note(), parameters);
    }

    @Override
    public Recommender open(SavedModel model, ShopData data) {
        Object encoder = model.settings().get("encoder");
        return open(model, ProductVectors.read(new EmbeddingStore(data.workspace()),
                encoder == null ? data.encoderName() : encoder.toString()), data.catalog());
    }

    /**
     * Opens a saved sequence model over product vectors and a catalog alone, away from any workspace (a batch job):
     * the network over {@code vectors}, with its transition counts over {@code catalog} when it kept them.
     */
    public static Recommender open(SavedModel model, ProductVectors vectors, ShopCatalog catalog) {
        SequenceRecommender network = SequenceRecommender.open(model, vectors);
        byte[] transitions = SequenceModelFile.transitions(model.parameters());
        Object weight = model.settings().get("transitionWeight");
        boolean repeats = !Boolean.FALSE.equals(model.settings().get("repeats"));
        if (transitions == null || !(weight instanceof Number w) || (w.doubleValue() == 0 && repeats)
                || !(model.settings().get("transitions") instanceof Map<?, ?> counted)) {
            return network;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> countedSettings = (Map<String, Object>) counted;
        SavedModel counts = new SavedModel(model.name(), CooccurrenceKind.NAME, countedSettings, null, Map.of(), null,
                model.dataFrom(), model.dataTo(), "cpu", model.createdAt(), null, transitions);
        return new TransitionSkip(network, CooccurrenceKind.open(counts, catalog), w.doubleValue(), repeats);
    }
}
