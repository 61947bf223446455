package merchlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.ShopData;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.TrainingListener;
import merchlab.sample.GeneratedShop;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.sample.ShopLanguage;
import merchlab.sample.ShopSize;
import merchlab.sample.ads.AdSlots;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.EncodeListener;
import merchlab.text.EncodeService;
import merchlab.text.EncoderChoice;
import merchlab.workspace.Workspace;

/**
 * A small generated shop with sponsored products for the Ads section's tests: ads in slots 1 and 4 of searches and
 * slot 2 of recommendation lists, its catalog, campaigns and logs imported, its products encoded with the hashing
 * encoder of {@link ServiceShopFixture}, and its {@code ad_truth.csv} beside it.
 */
public final class AdsShopFixture {
    public final Workspace workspace;
    /** The generator's true click probabilities of the ads (its truth.json beside it). */
    public final Path truth;

    private AdsShopFixture(Workspace workspace, Path truth) {
        this.workspace = workspace;
        this.truth = truth;
    }

    /**
     * Generates the shop (seed 42, English; 150 products, 80 shoppers, ten days) under {@code dir}, into
     * {@code dir/shop.db}.
     */
    public static AdsShopFixture create(Path dir) {
        ShopConfig config = ShopConfig.of(ShopSize.SMALL).withProducts(150).withUsers(80).withDays(10)
                .withLanguage(ShopLanguage.EN).withAds(new AdSlots(List.of(1, 4), List.of(2)));
        GeneratedShop shop = new ShopGenerator().generate(config, dir.resolve("files"), (stage, fraction) -> { });
        Workspace ws = Workspace.open(dir.resolve("shop.db"));
        ImportService importer = new ImportService(ws);
        for (Map.Entry<Path, DataKind> file : List.of(Map.entry(shop.productsCsv(), DataKind.CATALOG),
                Map.entry(shop.campaignsCsv(), DataKind.CAMPAIGNS), Map.entry(shop.eventsCsv(), DataKind.EVENTS),
                Map.entry(shop.judgmentsCsv(), DataKind.JUDGMENTS))) {
            importer.run(ImportRequest.of(file.getKey(), file.getValue()), ImportListener.NONE, CancelToken.none());
        }
        new EncodeService(ws, ServiceShopFixture::encoder, EncoderChoice.DEFAULT, 1).encode("auto",
                EncodeListener.NONE, CancelToken.none());
        return new AdsShopFixture(ws, shop.outDir().resolve(GeneratedShop.AD_TRUTH_CSV));
    }

    /** A workspace with the same catalog and logs but no campaign. */
    public static Workspace withoutCampaigns(Path dir) {
        ShopConfig config = ShopConfig.of(ShopSize.SMALL).withProducts(60).withUsers(20).withDays(3);
        GeneratedShop shop = new ShopGenerator().generate(config, dir.resolve("files"), (stage, fraction) -> { });
        Workspace ws = Workspace.open(dir.resolve("shop.db"));
        ImportService importer = new ImportService(ws);
        importer.run(ImportRequest.of(shop.productsCsv(), DataKind.CATALOG), ImportListener.NONE, CancelToken.none());
        importer.run(ImportRequest.of(shop.eventsCsv(), DataKind.EVENTS), ImportListener.NONE, CancelToken.none());
        return ws;
    }

    /** Trains and saves a ranker for two epochs on the CPU, on the logs before the test period. */
    public SavedModel trainRanker() {
        try (ShopData data = ServiceShopFixture.services().data(workspace)) {
            return new ModelTraining(ModelKinds.installed(), new ModelStore(workspace)).train("ranker",
                    new ModelTraining.TrainingJobSpec(data, TinyShop.quick(2), TemporalSplit.of(data).trainingWindow(),
                            Map.of(), null, null, false), TrainingListener.NONE, CancelToken.none());
        }
    }
}
