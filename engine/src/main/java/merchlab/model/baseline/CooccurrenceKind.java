package merchlab.model.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.features.EventLog;
import merchlab.features.ShopData;
import merchlab.model.ModelKind;
import merchlab.model.Recommender;
import merchlab.model.SavedModel;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;

/** The {@code cooccurrence} baseline: item-to-item co-occurrence within shoppers' recent engagements. */
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
        ShopData data = job.data();
        EventLog log = data.events(job.window().from(), job.window().to());
        Neighbours n = Neighbours.fit(log, data.catalog(), cancel);
        if (n.popularity().isEmpty()) {
            throw new MerchLabException("the training logs have no clicks, carts or purchases of catalog products");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("window", Neighbours.WINDOW);
        settings.put("neighboursKept", Neighbours.KEEP);
        settings.put("history", CooccurrenceModel.HISTORY);
        settings.put("recencyWeight", CooccurrenceModel.RECENCY);
        Map<String, Double> metrics = Map.of("products_with_neighbours", (double) n.products());
        return new SavedModel(job.modelName(), NAME, settings, null, metrics, job.parent(), log.firstTimestamp(),
                log.lastTimestamp(), "cpu", System.currentTimeMillis(), null, n.write());
    }

    @Override
    public Recommender open(SavedModel model, ShopData data) {
        return new CooccurrenceModel(model.name(), data.catalog(), Neighbours.read(model.parameters()));
    }
}
