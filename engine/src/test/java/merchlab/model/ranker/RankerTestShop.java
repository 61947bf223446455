package merchlab.model.ranker;

import java.nio.file.Path;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.ShopData;
import merchlab.fixtures.FakeTextEncoder;
import merchlab.fixtures.SyntheticShop;
import merchlab.model.DataWindow;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;

/** Small shops and quick training runs shared by the ranker's tests. */
final class RankerTestShop {
    private RankerTestShop() {
    }

    static SyntheticShop small() {
        SyntheticShop shop = new SyntheticShop();
        shop.products = 200;
        shop.shoppers = 80;
        shop.days = 14;
        shop.requestsPerDay = 120;
        shop.dimension = 16;
        return shop;
    }

    static ShopData data(Workspace ws) {
        return new ShopData(ws, () -> new FakeTextEncoder(16));
    }

    static TrainingSettings quick(int epochs) {
        return TrainingSettings.defaults().withEpochs(epochs).withDevice("cpu").withBatchSize(256).withLearningRate(3e-3);
    }

    static SavedModel train(ShopData data, TrainingSettings settings, DataWindow window, Path checkpoint,
                            boolean resume, TrainingListener listener, CancelToken cancel) {
        TrainingJob job = new TrainingJob(data, "ranker", null, settings, window, Map.of(), checkpoint, resume);
        return new RankerKind().train(job, listener, cancel);
    }

    static SavedModel trainBeforeCutoff(ShopData data, int epochs) {
        return train(data, quick(epochs), TemporalSplit.of(data).trainingWindow(), null, false, TrainingListener.NONE,
                CancelToken.none());
    }
}
