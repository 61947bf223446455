package merchlab.ui;

import java.nio.file.Path;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.features.ShopData;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.model.ModelKinds;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.sample.GeneratedShop;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.sample.ShopSize;
import merchlab.search.HybridRetriever;
import merchlab.search.ProductSearch;
import merchlab.service.IntentTraining;
import merchlab.service.ServiceMessages;
import merchlab.shop.ShopServices;
import merchlab.store.ModelStore;
import merchlab.text.EncodeListener;
import merchlab.text.EncodeService;
import merchlab.text.EncoderChoice;
import merchlab.text.HashingEncoder;
import merchlab.text.TextEncoder;
import merchlab.workspace.Workspace;

/**
 * A small generated shop for the Service section's tests: its catalog and logs imported, its products encoded with
 * the hashing encoder, and its {@code service_messages.csv} beside it, on which {@link #trainIntent} trains.
 */
public final class ServiceShopFixture {
    public final Workspace workspace;
    public final Path messages;

    private ServiceShopFixture(Workspace workspace, Path messages) {
        this.workspace = workspace;
        this.messages = messages;
    }

    /** Generates a small shop (seed 42; 120 products, 60 shoppers, a week of logs with a few orders) under {@code dir} and imports it into {@code dir/shop.db}. */
    public static ServiceShopFixture create(Path dir) {
        ShopConfig tiny = ShopConfig.of(ShopSize.SMALL).withProducts(120).withUsers(60).withDays(7);
        GeneratedShop shop = new ShopGenerator().generate(tiny, dir.resolve("files"), (stage, fraction) -> { });
        Workspace ws = Workspace.open(dir.resolve("shop.db"));
        ImportService importer = new ImportService(ws);
        importer.run(ImportRequest.of(shop.productsCsv(), DataKind.CATALOG), ImportListener.NONE, CancelToken.none());
        importer.run(ImportRequest.of(shop.eventsCsv(), DataKind.EVENTS), ImportListener.NONE, CancelToken.none());
        new EncodeService(ws, ServiceShopFixture::encoder, EncoderChoice.DEFAULT, 1).encode("auto",
                EncodeListener.NONE, CancelToken.none());
        return new ServiceShopFixture(ws, shop.outDir().resolve(GeneratedShop.SERVICE_MESSAGES_CSV));
    }

    /** The hashing encoder the shop's vectors and intent models use. */
    public static TextEncoder encoder(String name) {
        return new HashingEncoder(name, 16);
    }

    /** The shop's product search with the hashing encoder. */
    public static ProductSearch search(Workspace ws) {
        return ProductSearch.open(ws, ServiceShopFixture::encoder, 1, HybridRetriever.Options.DEFAULT);
    }

    /** The shop's services: the installed model kinds and the hashing encoder. */
    public static ShopServices services() {
        return new ShopServices(ModelKinds.installed(), ws -> new ShopData(ws, () -> encoder("en")),
                ServiceShopFixture::search, TinyShop::preparation);
    }

    /** Trains an intent model and its baseline on the shop's service messages (a few epochs on the CPU). */
    public IntentTraining.Result trainIntent() {
        return new IntentTraining(new ModelStore(workspace), ServiceShopFixture::encoder).train(
                ServiceMessages.read(messages).messages(), "service_messages.csv", "auto",
                TrainingSettings.defaults().withEpochs(4).withDevice("cpu").withLearningRate(IntentTraining.LEARNING_RATE),
                Map.of(), null, TrainingListener.NONE, CancelToken.none());
    }
}
