package merchlab.model.ranker;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.features.EventLog;
import merchlab.features.ExampleBuilder;
import merchlab.features.ExampleSettings;
import merchlab.features.FeatureSchema;
import merchlab.features.ShopData;
import merchlab.features.TrainingExamples;
import merchlab.model.Devices;
import merchlab.model.ModelKind;
import merchlab.model.Recommender;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.store.SavedModel;

/**
 * The {@code ranker} kind: builds examples from the job's window of logs, fits the feature pipeline, trains the
 * network and packs pipeline and weights into one saved model.
 *
 * <p>Options: {@code examples} (auto, impressions, sampled-negatives), {@code negatives} (per positive, default 4),
 * {@code adapter}, {@code cross}, {@code hidden}.
 */
public final class RankerKind implements ModelKind {
    public static final String NAME = "ranker";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CTR model over semantic, shopper, category, price, popularity, context and position features";
    }

    /** The ranker is judged on logged result lists; featurising every product for every shopper is far too slow. */
    @Override
    public java.util.Optional<String> fullRankingSkip() {
        return java.util.Optional.of("the ranker is a click model, judged on logged result lists (the temporal"
                + " protocol); it does not rank the whole catalog for every shopper");
    }

    @Override
    public SavedModel train(TrainingJob job, TrainingListener listener, CancelToken cancel) {
        ShopData data = job.data();
        Device device = Devices.resolve(job.settings().device());
        listener.message("training the ranker on " + Devices.name(device));
        EventLog log = data.behaviour().events(job.window().from(), job.window().to());
        ExampleSettings exampleSettings = new ExampleSettings(job.option("examples", "auto"),
                job.intOption("negatives", 4), job.intOption("unshown", ExampleSettings.UNSHOWN_PER_SEARCH),
                job.settings().seed());
        long end = job.window().to() == Long.MAX_VALUE ? log.lastTimestamp() + 1 : job.window().to();
        ExampleBuilder.Result built = new ExampleBuilder(data.catalog(), data.vectors(), data.queries(), exampleSettings)
                .build(log, end, cancel);
        TrainingExamples examples = built.examples();
        check(examples, data);
        listener.message(examples.size() + " examples (" + examples.positives() + " clicked) from "
                + built.pipeline().source());
        RankerArchitecture d = RankerArchitecture.defaults();
        RankerArchitecture shape = new RankerArchitecture(job.intOption("adapter", d.adapter()),
                job.intOption("cross", d.crossLayers()), job.intOption("hidden", d.hidden()), d.validationShare(),
                d.weightDecay());
        Path checkpoint = job.checkpoint() == null ? null : job.checkpoint().resolve(job.modelName() + ".ckpt");
        TrainingSettings training = job.settings().withBatchSize(job.settings().batchSizeOr(RankerTrainer.BATCH_SIZE));
        RankerTrainer.Result result = new RankerTrainer(training, shape, device)
                .train(examples, built.pipeline(), listener, cancel, checkpoint, job.resume());
        Map<String, Object> settings = new LinkedHashMap<>(training.asMap());
        settings.put("architecture", shape.asMap());
        settings.putAll(exampleSettings.asMap(built.pipeline().source()));
        settings.put("encoder", built.pipeline().encoder());
        settings.put("positionBias", "P(click) = sigmoid(position tower) x sigmoid(relevance); scored at position 1");
        FeatureSchema schema = built.pipeline().schema();
        return new SavedModel(job.modelName(), NAME, settings, schema.toMap(), result.metrics(), job.parent(),
                log.firstTimestamp(), log.lastTimestamp(), Devices.name(device), System.currentTimeMillis(), null,
                RankerCodec.write(built.pipeline().toBytes(), result.weights()));
    }

    /** Refuses data a ranker cannot learn from, with a message that says what is wrong. */
    static void check(TrainingExamples examples, ShopData data) {
        long positives = examples.positives();
        if (examples.size() == 0) {
            throw new MerchLabException("the training logs hold no shown or engaged catalog products to learn from");
        }
        if (positives == 0) {
            throw new MerchLabException("the training logs have " + examples.size()
                    + " shown products but no clicks, carts or purchases from them: the ranker needs positives");
        }
        if (positives == examples.size()) {
            throw new MerchLabException("every training example was clicked: the ranker needs shown products that"
                    + " were not clicked");
        }
        if (examples.shoppers() < 2) {
            throw new MerchLabException("the training logs come from a single shopper: the ranker needs the behaviour"
                    + " of at least two shoppers");
        }
        int[] feature = new int[1];
        int bad = examples.firstNonFinite(feature);
        if (bad >= 0) {
            String name = examples.schema().features().stream()
                    .filter(f -> feature[0] >= f.offset() && feature[0] < f.offset() + f.width())
                    .map(f -> f.name()).findFirst().orElse("#" + feature[0]);
            throw new MerchLabException("feature '" + name + "' is not a number (NaN or infinite) for product "
                    + data.catalog().id(examples.product(bad)) + " in the training logs: fix that product's data"
                    + " (for example its price) or its embedding");
        }
    }

    @Override
    public Recommender open(SavedModel model, ShopData data) {
        return new RankerModel(model, data, Device.cpu());
    }

    /**
     * Opens a saved ranker's features and network with random weights instead of the trained ones (same pipeline,
     * architecture and initialiser), on the CPU: the model randomisation sanity check of explanations.
     */
    public static RankerModel openRandomised(SavedModel model, ShopData data, long seed) {
        return new RankerModel(model, data, Device.cpu(), seed);
    }

    /** Opens a saved ranker on a chosen device ({@code auto}, {@code cpu} or {@code gpu}). */
    public static RankerModel open(SavedModel model, ShopData data, String device) {
        return new RankerModel(model, data, Devices.resolve(device));
    }
}
