package merchlab.model.baseline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;
import merchlab.features.ShopCatalog;
import merchlab.features.ShopData;
import merchlab.model.ModelKind;
import merchlab.model.Recommender;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.store.SavedModel;

/**
 * The {@code cooccurrence} baseline: item-to-item co-occurrence within shoppers' recent engagements. Options
 * {@code window}, {@code direction} ({@code both|forward}), {@code weighting} ({@code cosine|count}), {@code history}
 * and {@code recency} set it by hand; given validation cases, it chooses the ones not set on them
 * ({@link CooccurrenceSearch}), like any model tuned on validation.
 */
public final class CooccurrenceKind implements ModelKind {
    public static final String NAME = "cooccurrence";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "products engaged with together by the same shoppers (item-to-item co-occurrence)";
    }

    @Override
    public boolean isBaseline() {
        return true;
    }

    @Override
    public SavedModel train(TrainingJob job, TrainingListener listener, CancelToken cancel) {
        return train(job, List.of(), listener, cancel);
    }

    @Override
    public SavedModel train(TrainingJob job, List<RankingCase> validation, TrainingListener listener,
                            CancelToken cancel) {
        ShopData data = job.data();
        InteractionLog log = data.behaviour().interactions(job.window().from(), job.window().to());
        SavedModel m = fit(job.modelName(), log, data.catalog(), job.options(), validation, listener, cancel);
        return new SavedModel(m.name(), NAME, m.settings(), null, m.metrics(), job.parent(), log.from(), log.to(),
                "cpu", m.createdAt(), null, m.parameters());
    }

    /**
     * Fits co-occurrence on {@code training} outside a workspace, for a model that uses it as a part (the sequence
     * recommender's transition skip): the settings not fixed by {@code options} are chosen on {@code validation} when
     * it is not empty. Its stored settings, given back as options, fit the same model again on another log.
     */
    public static SavedModel fit(String name, InteractionLog training, ShopCatalog catalog,
                                 Map<String, String> options, List<RankingCase> validation,
                                 TrainingListener listener, CancelToken cancel) {
        CooccurrenceSettings settings = CooccurrenceSettings.from(options, CooccurrenceSettings.DEFAULTS);
        Map<String, Double> metrics = new LinkedHashMap<>();
        Neighbours n = null;
        if (!validation.isEmpty()) {
            CooccurrenceSearch.Choice choice = new CooccurrenceSearch(training, catalog, validation, listener, cancel)
                    .run(settings, options);
            settings = choice.settings();
            n = choice.neighbours();
            metrics.put("validation_ndcg@10", choice.ndcg());
            metrics.put("settings_tried", (double) choice.tried());
            listener.message("co-occurrence chose " + settings.toMap() + " on validation");
        }
        if (n == null) {
            n = Neighbours.fit(training, catalog, settings, cancel);
        }
        if (n.popularity().isEmpty()) {
            throw new MerchLabException("the training logs have no clicks, carts or purchases of catalog products");
        }
        metrics.put("products_with_neighbours", (double) n.products());
        return new SavedModel(name, NAME, settings.toMap(), null, metrics, null, training.from(), training.to(), "cpu",
                System.currentTimeMillis(), null, n.write());
    }

    @Override
    public Recommender open(SavedModel model, ShopData data) {
        return open(model, data.catalog());
    }

    /** Opens a saved co-occurrence model over {@code catalog} alone (it reads nothing else of a shop). */
    public static Recommender open(SavedModel model, ShopCatalog catalog) {
        CooccurrenceSettings settings = CooccurrenceSettings.from(model.settings(), CooccurrenceSettings.DEFAULTS);
        return new CooccurrenceModel(model.name(), catalog, settings, Neighbours.read(model.parameters()));
    }
}
