package merchlab.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.ShopData;
import merchlab.model.DataWindow;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.TrainingSettings;
import merchlab.shop.ShopServices;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab train}: train a ranking model or baseline and save it as a new version. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "train a ranking model or baseline and save it"
        + " as a new version (by default on the logs before the temporal cut-off, so evaluation stays honest)")
final class TrainCommand implements Runnable {
    private final ShopServices services;

    TrainCommand(ShopServices services) {
        this.services = services;
    }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--model", required = true, paramLabel = "KIND",
            description = "ranker, sequence, popularity, cooccurrence or semantic")
    String kind;

    @Option(names = "--epochs", description = "most passes over the training data; 0 (the default) lets the model"
            + " choose: 10 for the ranker; for the sequence model 10, or 300 on logs with long histories")
    int epochs = TrainingSettings.defaults().epochs();

    @Option(names = "--batch-size", description = "examples per step; 0 (the default) lets the model choose: 256 for"
            + " the ranker, about 40 steps per epoch (batches of 32-256) for the sequence model")
    int batchSize = TrainingSettings.defaults().batchSize();

    @Option(names = "--learning-rate", description = "Adam learning rate (default ${DEFAULT-VALUE})")
    double learningRate = TrainingSettings.defaults().learningRate();

    @Option(names = "--patience", description = "epochs without validation gain before stopping; 0 (the default) lets"
            + " the model choose: 2, or 15 for the sequence model on logs with long histories")
    int patience = TrainingSettings.defaults().patience();

    @Option(names = "--seed", description = "random seed; the same seed repeats a CPU run exactly (default ${DEFAULT-VALUE})")
    long seed = TrainingSettings.defaults().seed();

    @Option(names = "--device", description = "auto, cpu or gpu (default ${DEFAULT-VALUE})")
    String device = "auto";

    @Option(names = "--threads", description = "PyTorch intra-op threads, 0 = engine default (default ${DEFAULT-VALUE})")
    int threads = TrainingSettings.defaults().threads();

    @Option(names = "--parent", paramLabel = "NAME",
            description = "the model this one retrains (default: the newest of the same name)")
    String parent;

    @Option(names = "--all-data", description = "train on every event, including the temporal test period")
    boolean allData;

    @Option(names = "--scope", description = "popularity only: overall or category")
    String scope;

    @Option(names = "--examples", description = "ranker: auto, impressions or sampled-negatives")
    String examples;

    @Option(names = "--negatives", description = "ranker: sampled negatives per positive for logs without impressions")
    Integer negatives;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "other model options, e.g. adapter=32 hidden=128")
    Map<String, String> extra = new LinkedHashMap<>();

    @Option(names = "--checkpoint", paramLabel = "DIR", description = "write a checkpoint after every epoch into DIR")
    Path checkpoint;

    @Option(names = "--resume", description = "continue from the checkpoint in --checkpoint DIR")
    boolean resume;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        if (resume && checkpoint == null) {
            throw new merchlab.MerchLabException("--resume needs --checkpoint DIR");
        }
        Workspace ws = workspace.open();
        ModelKinds kinds = services.kinds();
        kinds.get(kind);
        TrainingSettings settings = new TrainingSettings(epochs, batchSize, learningRate, patience, seed, device, threads);
        Map<String, String> options = new LinkedHashMap<>(extra);
        if (scope != null) {
            options.put("scope", scope);
        }
        if (examples != null) {
            options.put("examples", examples);
        }
        if (negatives != null) {
            options.put("negatives", negatives.toString());
        }
        long started = System.nanoTime();
        SavedModel model;
        try (ShopData data = services.data(ws)) {
            DataWindow window = allData ? DataWindow.all() : TemporalSplit.of(data).trainingWindow();
            model = new ModelTraining(kinds, new ModelStore(ws)).train(kind, new ModelTraining.TrainingJobSpec(data,
                    settings, window, options, parent, checkpoint, resume), new ProgressPrinter(System.err),
                    CancelToken.none());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", model.name());
        doc.put("kind", model.kind());
        doc.put("device", model.device());
        doc.put("epochs", model.metrics().containsKey("epochs") ? model.metrics().get("epochs").intValue() : 0);
        doc.put("seconds", seconds);
        doc.put("metrics", model.metrics());
        doc.put("parent", model.parent());
        doc.put("dataFrom", model.dataFrom());
        doc.put("dataTo", model.dataTo());
        doc.put("settings", model.settings());
        if (json) {
            Json.print(doc);
        } else {
            System.out.printf(java.util.Locale.ROOT, "trained %s (%s) on %s in %.1f s%n", model.name(), model.kind(),
                    model.device(), seconds);
            model.metrics().forEach((k, v) -> System.out.printf(java.util.Locale.ROOT, "  %-22s %.4f%n", k, v));
        }
    }
}
