package merchlab.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.model.TrainingSettings;
import merchlab.service.IntentSplit;
import merchlab.service.IntentTraining;
import merchlab.service.LabelledMessage;
import merchlab.service.ServiceMessages;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.Encoders;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab service train}: train the intent model and its n-gram baseline on labelled messages. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "train the intent model and the n-gram"
        + " baseline on labelled messages (a CSV with the columns instruction,intent) and save both in the workspace")
final class ServiceTrainCommand implements Runnable {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "labelled messages")
    Path data;

    @Option(names = "--holdout", paramLabel = "SHARE", description = "leave out this share of each intent's messages"
            + " (by a hash of the message), for service evaluate --holdout SHARE (default: train on every message)")
    double holdout;

    @Option(names = "--encoder", description = "auto, en or zh (default ${DEFAULT-VALUE}: from the messages' script)")
    String encoder = Encoders.AUTO;

    @Option(names = "--epochs", description = "most passes over the messages; 0 (the default) lets the model choose (60)")
    int epochs = TrainingSettings.defaults().epochs();

    @Option(names = "--learning-rate", description = "Adam learning rate (default ${DEFAULT-VALUE})")
    double learningRate = IntentTraining.LEARNING_RATE;

    @Option(names = "--seed", description = "random seed; the same seed repeats a CPU run exactly (default ${DEFAULT-VALUE})")
    long seed = TrainingSettings.defaults().seed();

    @Option(names = "--device", description = "auto, cpu or gpu (default ${DEFAULT-VALUE})")
    String device = "auto";

    @Option(names = "--threads", description = "PyTorch intra-op threads, 0 = engine default (default ${DEFAULT-VALUE})")
    int threads = TrainingSettings.defaults().threads();

    @Option(names = "--parent", paramLabel = "NAME", description = "the intent model this one retrains"
            + " (default: the newest intent model)")
    String parent;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "model options: adapter=256, ngrams=true|false, spelling=true|false")
    Map<String, String> extra = new LinkedHashMap<>();

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        ServiceMessages.Read read = ServiceMessages.read(data);
        List<LabelledMessage> messages = read.messages();
        if (holdout != 0) {
            messages = IntentSplit.holdout(messages, holdout).kept();
        }
        Workspace ws = workspace.open();
        TrainingSettings settings = new TrainingSettings(epochs, TrainingSettings.AUTOMATIC, learningRate,
                TrainingSettings.AUTOMATIC, seed, device, threads);
        long started = System.nanoTime();
        IntentTraining.Result result = new IntentTraining(new ModelStore(ws),
                name -> Encoders.open(name, Runtime.getRuntime().availableProcessors()))
                .train(messages, data.getFileName().toString(), encoder, settings, extra, parent,
                        new ProgressPrinter(System.err), CancelToken.none());
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", result.model().name());
        doc.put("kind", result.model().kind());
        doc.put("baseline", result.baseline().name());
        doc.put("device", result.model().device());
        doc.put("messages", messages.size());
        doc.put("skippedRows", read.skipped());
        doc.put("heldOut", read.messages().size() - messages.size());
        doc.put("encoder", result.model().settings().get("encoder"));
        doc.put("epochs", result.model().metrics().getOrDefault("epochs", 0.0).intValue());
        doc.put("seconds", seconds);
        doc.put("parent", result.model().parent());
        doc.put("handoffThreshold", result.model().settings().get("handoffThreshold"));
        doc.put("metrics", result.model().metrics());
        doc.put("baselineMetrics", result.baseline().metrics());
        if (json) {
            Json.print(doc);
            return;
        }
        System.out.printf(Locale.ROOT, "trained %s and %s on %d messages (%s) in %.1f s%n", result.model().name(),
                result.baseline().name(), messages.size(), result.model().device(), seconds);
        for (SavedModel m : List.of(result.model(), result.baseline())) {
            System.out.printf(Locale.ROOT, "  %-18s validation accuracy %.4f, macro-F1 %.4f, ECE %.4f, handoff below %.2f%n",
                    m.name(), m.metrics().get("validation_accuracy"), m.metrics().get("validation_macro_f1"),
                    m.metrics().get("validation_ece"), m.settings().get("handoffThreshold"));
        }
    }
}
