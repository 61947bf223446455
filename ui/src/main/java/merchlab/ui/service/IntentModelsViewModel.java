package merchlab.ui.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.service.IntentReport;
import merchlab.service.IntentSplit;
import merchlab.service.IntentTraining;
import merchlab.service.LabelledMessage;
import merchlab.service.ServiceEvaluation;
import merchlab.service.ServiceMessages;
import merchlab.store.ModelStore;
import merchlab.text.Encoders;
import merchlab.text.TextEncoder;
import merchlab.ui.Workbench;
import merchlab.ui.format.Formats;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.RunningTask;
import merchlab.workspace.Workspace;

/**
 * The Service section's model side: a file of labelled messages (columns {@code instruction,intent}), the intent
 * model evaluated on it beside the n-gram baseline (accuracy, macro-F1, calibration, per-intent F1, the confusion
 * matrix, coverage against accuracy), and a new intent model trained on it with progress and cancel. With
 * {@code heldOut} on, training leaves out the same share of each intent's messages that evaluation then scores, as
 * {@code service train|evaluate --holdout 0.2} do.
 */
public final class IntentModelsViewModel {
    /** The share of each intent's messages held out when {@code heldOut} is on. */
    public static final double HELD_OUT_SHARE = 0.2;
    /** Messages of the data file offered to pick from, at most. */
    static final int LISTED = 300;

    // properties
    private final ObjectProperty<Path> dataFile = new SimpleObjectProperty<>(this, "dataFile");
    private final BooleanProperty heldOut = new SimpleBooleanProperty(this, "heldOut", true);
    private final ReadOnlyObjectWrapper<List<String>> messages = new ReadOnlyObjectWrapper<>(this, "messages",
            List.of());
    private final ReadOnlyObjectWrapper<List<IntentReport>> reports = new ReadOnlyObjectWrapper<>(this, "reports",
            List.of());
    private final ObservableList<IntentRow> perIntent = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper evaluating = new ReadOnlyBooleanWrapper(this, "evaluating");
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper(this, "training");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final Workbench workbench;
    private final Function<String, TextEncoder> encoders;
    private final Consumer<String> onTrained;
    private RunningTask trainingTask;

    /** @param onTrained hears the name of each intent model trained here */
    IntentModelsViewModel(Workbench workbench, Function<String, TextEncoder> encoders, Consumer<String> onTrained) {
        this.workbench = workbench;
        this.encoders = encoders;
        this.onTrained = onTrained;
        dataFile.addListener((obs, old, now) -> read());
    }

    /** The file of labelled messages; choosing one reads its messages. */
    public ObjectProperty<Path> dataFileProperty() {
        return dataFile;
    }

    /** Whether training leaves out a fifth of each intent's messages and evaluation scores only those. */
    public BooleanProperty heldOutProperty() {
        return heldOut;
    }

    /** The messages of the data file (all of them), empty before a file is read. */
    public ReadOnlyObjectProperty<List<String>> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    /** The latest evaluation: the model's report first, the baseline's second; empty before one. */
    public ReadOnlyObjectProperty<List<IntentReport>> reportsProperty() {
        return reports.getReadOnlyProperty();
    }

    /** Per intent, the F1 of the model and of the baseline in the latest evaluation. */
    public ObservableList<IntentRow> perIntent() {
        return perIntent;
    }

    public ReadOnlyBooleanProperty evaluatingProperty() {
        return evaluating.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return training.getReadOnlyProperty();
    }

    /** Fraction of the training done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the evaluation or the training did last, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // commands

    /**
     * Evaluates {@code model} (the newest intent model when null) beside the newest baseline on the data file's
     * messages (the held-out share when {@code heldOut} is on).
     */
    public void evaluate(String model) {
        Workspace ws = workbench.workspaceProperty().get();
        Path file = dataFile.get();
        if (ws == null || evaluating.get()) {
            return;
        }
        if (file == null) {
            message.set("Choose a file of labelled messages (columns instruction,intent) first");
            return;
        }
        boolean part = heldOut.get();
        evaluating.set(true);
        message.set("Evaluating on " + file.getFileName() + "…");
        workbench.tasks().submit("Evaluating intent models", context -> {
            List<LabelledMessage> scored = part ? IntentSplit.holdout(read(file), HELD_OUT_SHARE).heldOut() : read(file);
            context.message("Scoring " + scored.size() + " messages");
            return ServiceEvaluation.run(new ModelStore(ws), model, scored, encoders, context.cancelToken());
        }, done -> {
            evaluating.set(false);
            reports.set(List.copyOf(done));
            perIntent.setAll(IntentRow.of(done));
            IntentReport main = done.get(0);
            message.set(String.format(java.util.Locale.ROOT, "%s on %,d %smessages of %s: accuracy %.4f, macro-F1 %.4f,"
                    + " ECE %.4f", main.model(), main.messages(), part ? "held-out " : "", file.getFileName(),
                    main.accuracy(), main.macroF1(), main.ece()));
        }, error -> {
            evaluating.set(false);
            message.set(error instanceof CancelledException ? "Evaluation cancelled"
                    : "Could not evaluate: " + ProblemText.reason(error));
        });
    }

    /** Trains a new intent model and baseline on the data file (without the held-out share when it is on). */
    public void train() {
        Workspace ws = workbench.workspaceProperty().get();
        Path file = dataFile.get();
        if (ws == null || training.get()) {
            return;
        }
        if (file == null) {
            message.set("Choose a file of labelled messages (columns instruction,intent) first");
            return;
        }
        boolean part = heldOut.get();
        training.set(true);
        progress.set(0);
        long started = System.nanoTime();
        message.set("Training on " + file.getFileName() + "…");
        trainingTask = workbench.tasks().submit("Training the intent model", context -> {
            List<LabelledMessage> kept = part ? IntentSplit.holdout(read(file), HELD_OUT_SHARE).kept() : read(file);
            TrainingListener listener = new TrainingListener() {
                @Override
                public void step(int epoch, long step, double loss, double fraction) {
                    context.progress(fraction);
                }

                @Override
                public void epoch(int epoch, double trainLoss, Map<String, Double> validation) {
                    context.message(String.format(java.util.Locale.ROOT, "Epoch %d: validation accuracy %.4f", epoch,
                            validation.getOrDefault("accuracy", Double.NaN)));
                }

                @Override
                public void message(String text) {
                    context.message(text);
                }
            };
            return new IntentTraining(new ModelStore(ws), encoders).train(kept, file.getFileName().toString(),
                    Encoders.AUTO, TrainingSettings.defaults().withLearningRate(IntentTraining.LEARNING_RATE),
                    Map.of(), null, listener, context.cancelToken());
        }, result -> {
            training.set(false);
            progress.set(1);
            message.set(String.format(java.util.Locale.ROOT, "Saved %s and %s in %s: validation accuracy %.4f"
                    + " (baseline %.4f)", result.model().name(), result.baseline().name(),
                    Formats.seconds((System.nanoTime() - started) / 1e9),
                    result.model().metrics().get("validation_accuracy"),
                    result.baseline().metrics().get("validation_accuracy")));
            workbench.announce(message.get());
            workbench.dataChanged();
            onTrained.accept(result.model().name());
        }, error -> {
            training.set(false);
            message.set(error instanceof CancelledException ? "Training cancelled; no model was saved"
                    : "Training failed: " + ProblemText.reason(error));
        });
        trainingTask.progressProperty().addListener((obs, old, now) -> {
            if (training.get() && now.doubleValue() >= 0) {
                progress.set(now.doubleValue());
            }
        });
        trainingTask.messageProperty().addListener((obs, old, now) -> {
            if (training.get() && now != null && !now.isBlank()) {
                message.set(now);
            }
        });
    }

    /** Asks the running training to stop at its next batch. */
    public void cancelTraining() {
        if (trainingTask != null && training.get()) {
            trainingTask.cancel();
            message.set("Cancelling…");
        }
    }

    private void read() {
        Path file = dataFile.get();
        reports.set(List.of());
        perIntent.clear();
        if (file == null) {
            messages.set(List.of());
            return;
        }
        workbench.tasks().submit("Reading " + file.getFileName(), context -> read(file), read -> {
            if (file.equals(dataFile.get())) {
                messages.set(read.stream().map(LabelledMessage::text).toList());
                message.set(String.format(java.util.Locale.ROOT, "%,d labelled messages in %s", read.size(),
                        file.getFileName()));
            }
        }, error -> message.set("Could not read " + file.getFileName() + ": " + ProblemText.reason(error)));
    }

    /** The labelled messages of a file; a file without any is a clear error. */
    private static List<LabelledMessage> read(Path file) {
        List<LabelledMessage> read = ServiceMessages.read(file).messages();
        if (read.isEmpty()) {
            throw new MerchLabException(file.getFileName() + " holds no labelled message");
        }
        return read;
    }
}
