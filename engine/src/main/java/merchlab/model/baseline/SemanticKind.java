package merchlab.model.baseline;

import java.util.Map;
import merchlab.CancelToken;
import merchlab.features.ShopData;
import merchlab.model.ModelKind;
import merchlab.model.Recommender;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.store.SavedModel;

/** The {@code semantic} baseline: zero-shot text similarity; "training" only records the encoder it reads. */
public final class SemanticKind implements ModelKind {
    public static final String NAME = "semantic";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "zero-shot similarity of product text to the query or to the shopper's history (no training)";
    }

    @Override
    public boolean isBaseline() {
        return true;
    }

    @Override
    public SavedModel train(TrainingJob job, TrainingListener listener, CancelToken cancel) {
        ShopData data = job.data();
        int covered = data.vectors().covered();
        Map<String, Object> settings = Map.of("encoder", data.encoderName());
        return new SavedModel(job.modelName(), NAME, settings, null, Map.of("products_with_vectors", (double) covered),
                job.parent(), null, null, "cpu", System.currentTimeMillis(), null, null);
    }

    @Override
    public Recommender open(SavedModel model, ShopData data) {
        Object encoder = model.settings().get("encoder");
        if (encoder != null && !encoder.equals(data.encoderName())) {
            throw new merchlab.MerchLabException("model " + model.name() + " was set up for encoder '" + encoder
                    + "' but the workspace's products are encoded with '" + data.encoderName() + "': retrain it");
        }
        return new SemanticModel(model.name(), data.catalog(), data.vectors(), data.queries());
    }
}
