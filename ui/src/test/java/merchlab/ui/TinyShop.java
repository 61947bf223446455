package merchlab.ui;

import java.nio.file.Path;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.ShopData;
import merchlab.fixtures.FakeTextEncoder;
import merchlab.fixtures.SyntheticShop;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.prepare.WorkspacePreparation;
import merchlab.search.HybridRetriever;
import merchlab.search.ProductSearch;
import merchlab.shop.ShopServices;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.EncodeService;
import merchlab.text.EncoderChoice;
import merchlab.text.HashingEncoder;
import merchlab.workspace.Workspace;

/** A small generated shop (seeded, with impressions and clicks) and one-epoch rankers for the section tests. */
public final class TinyShop {
    private TinyShop() {
    }

    /** Writes a shop of 150 products, 60 shoppers and ten days of result lists into {@code file}. */
    public static Workspace create(Path file) {
        SyntheticShop shop = new SyntheticShop();
        shop.products = 150;
        shop.shoppers = 60;
        shop.days = 10;
        shop.requestsPerDay = 80;
        shop.dimension = 16;
        return shop.write(file);
    }

    /** The shop's data with the fake encoder the shop's embeddings were made with. */
    public static ShopData data(Workspace ws) {
        return new ShopData(ws, () -> new FakeTextEncoder(16));
    }

    /** The services of a tiny shop: the installed model kinds, fake encoders, one-epoch preparation. */
    public static ShopServices services() {
        return new ShopServices(ModelKinds.installed(), TinyShop::data, TinyShop::search, TinyShop::preparation);
    }

    /** Quick CPU settings. */
    public static TrainingSettings quick(int epochs) {
        return TrainingSettings.defaults().withEpochs(epochs).withDevice("cpu").withBatchSize(256);
    }

    /** Product search over the shop with the fake encoder (one thread). */
    public static ProductSearch search(Workspace ws) {
        return ProductSearch.open(ws, name -> new FakeTextEncoder(16), 1, HybridRetriever.Options.DEFAULT);
    }

    /** The workspace preparation with the fake encoder and one-epoch CPU training, as the window runs it. */
    public static WorkspacePreparation preparation(Workspace ws) {
        return new WorkspacePreparation(ws, new EncodeService(ws, name -> new HashingEncoder(name, 16),
                EncoderChoice.DEFAULT, 1), w -> new ShopData(w, () -> new HashingEncoder("en", 16)), ModelKinds.installed(),
                quick(1));
    }

    /** Trains and saves a ranker for one epoch on the logs before the cut-off. */
    public static SavedModel trainRanker(Workspace ws) {
        return train(ws, "ranker");
    }

    /** Trains and saves a model of {@code kind} (one epoch where it has epochs) on the logs before the cut-off. */
    public static SavedModel train(Workspace ws, String kind) {
        try (ShopData data = data(ws)) {
            return new ModelTraining(ModelKinds.installed(), new ModelStore(ws)).train(kind,
                    new ModelTraining.TrainingJobSpec(data, quick(1), TemporalSplit.of(data).trainingWindow(), Map.of(),
                            null, null, false), TrainingListener.NONE, CancelToken.none());
        }
    }
}
