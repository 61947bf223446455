package merchlab.model.baseline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.eval.protocol.RankingCase;
import merchlab.features.EventLog;
import merchlab.features.ShopData;
import merchlab.model.ModelKind;
import merchlab.model.Recommender;
import merchlab.model.SavedModel;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;

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
        EventLog log = data.events(job.window().from(), job.window().to());
        CooccurrenceSettings settings = CooccurrenceSettings.from(job.options(), CooccurrenceSettings.DEFAULTS);
        Map<String, Double> metrics = new LinkedHashMap<>();
        Neighbours n;
        if (validation.isEmpty()) {
            n = Neighbours.fit(log, data.catalog(), settings, cancel);
        } else {
            CooccurrenceSearch.Choice choice = new CooccurrenceSearch(log, data.catalog(), validation, listener,
                    cancel).run(settings, job.options());
            settings = choice.settings();
            n = choice.neighbours();
            metrics.put("validation_ndcg@10", choice.ndcg());
            metrics.put("settings_tried", (double) choice.tried());
            listener.message("co-occurrence chose " + settings.toMap() + " on validation");
        }
        if (n.popularity().isEmpty()) {
            throw new MerchLabException("the training logs have no clicks, carts or purchases of catalog products");
        }
        metrics.put("products_with_neighbours", (double) n.products());
        return new SavedModel(job.modelName(), NAME, settings.toMap(), null, metrics, job.parent(),
                log.firstTimestamp(), log.lastTimestamp(), "cpu", System.currentTimeMillis(), null, n.write());
    }

    @Override
    public Recommender open(SavedModel model, ShopData data) {
        CooccurrenceSettings settings = CooccurrenceSettings.from(model.settings(), CooccurrenceSettings.DEFAULTS);
        return new CooccurrenceModel(model.name(), data.catalog(), settings, Neighbours.read(model.parameters()));
    }
}
