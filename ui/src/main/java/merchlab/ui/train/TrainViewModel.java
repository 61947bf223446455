package merchlab.ui.train;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.ShopData;
import merchlab.model.ModelKind;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.shop.ShopServices;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.ui.Workbench;
import merchlab.ui.format.Formats;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.JobContext;
import merchlab.ui.task.RunningTask;
import merchlab.workspace.Workspace;

/**
 * The Train section's state: the chosen model kind and settings, and while a training runs its progress, time
 * remaining and live curves; the trained model is saved as a new version and every section is told.
 */
public final class TrainViewModel {
    /** The devices a user may ask for. */
    public static final List<String> DEVICES = List.of("auto", "cpu", "gpu");

    // settings the form edits
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(this, "kind");
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", 3);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize",
            TrainingSettings.defaults().batchSize());
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate",
            TrainingSettings.defaults().learningRate());
    private final ObjectProperty<String> device = new SimpleObjectProperty<>(this, "device", "auto");
    // state
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper(this, "remaining", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<TrainingCurves.Snapshot> curves =
            new ReadOnlyObjectWrapper<>(this, "curves", TrainingCurves.Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<SavedModel> trained = new ReadOnlyObjectWrapper<>(this, "trained");
    private final ReadOnlyBooleanWrapper trainsInEpochs = new ReadOnlyBooleanWrapper(this, "trainsInEpochs", true);
    private final ObservableList<TrainingRun> runs = FXCollections.observableArrayList(
            run -> new Observable[] {run.shownProperty()});
    private final ObservableList<TrainingRun> runsView = FXCollections.unmodifiableObservableList(runs);

    private final Workbench workbench;
    private final ModelKinds kinds;
    private final Function<Workspace, ShopData> shopData;
    private final LongSupplier nanos;
    private TrainingCurves collected = new TrainingCurves();
    private TrainingRun current;
    private RunningTask task;
    private long startedAt;

    public TrainViewModel(Workbench workbench, ShopServices services) {
        this(workbench, services, System::nanoTime);
    }

    /** {@code nanos} is the clock behind the time remaining. */
    public TrainViewModel(Workbench workbench, ShopServices services, LongSupplier nanos) {
        this.workbench = workbench;
        this.kinds = services.kinds();
        this.shopData = services.data();
        this.nanos = nanos;
        kind.addListener((obs, old, now) -> trainsInEpochs.set(now == null || !kinds.names().contains(now)
                || !kinds.get(now).isBaseline()));
        kind.set(kinds.names().contains("ranker") ? "ranker" : kinds.names().isEmpty() ? null : kinds.names().get(0));
    }

    /** The model kinds that can be trained, by {@code --model} name. */
    public List<String> kinds() {
        return kinds.names();
    }

    /** One line about a kind, for the form. */
    public String describe(String name) {
        return name == null || !kinds.names().contains(name) ? "" : kinds.get(name).description();
    }

    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public ObjectProperty<String> deviceProperty() {
        return device;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 over the whole run. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "about 1 min 20 s left", or empty while unknown. */
    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    /** What the training does now, how it ended, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Whether the chosen kind learns over epochs at a learning rate; baselines (popularity, co-occurrence, semantic)
     * are counted or computed in one pass, so epochs and learning rate mean nothing for them.
     */
    public ReadOnlyBooleanProperty trainsInEpochsProperty() {
        return trainsInEpochs.getReadOnlyProperty();
    }

    /** Every run of this session, oldest first; a list change also fires when a run is shown or hidden. */
    public ObservableList<TrainingRun> runs() {
        return runsView;
    }

    /** The runs the charts draw, oldest first. */
    public List<TrainingRun> charted() {
        return runs.stream().filter(r -> r.shownProperty().get()).toList();
    }

    /** The latest run's curves so far; replaced (one bulk update) whenever the job has reported new points. */
    public ReadOnlyObjectProperty<TrainingCurves.Snapshot> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    /** The model the last finished training saved. */
    public ReadOnlyObjectProperty<SavedModel> trainedProperty() {
        return trained.getReadOnlyProperty();
    }

    // commands

    /** The settings as the engine takes them, or a clear error for a value out of range. */
    public TrainingSettings settings() {
        if (epochs.get() < 1 || epochs.get() > 1000) {
            throw new MerchLabException("epochs must be between 1 and 1000, not " + epochs.get());
        }
        if (batchSize.get() < 0 || batchSize.get() > 65536) {
            throw new MerchLabException("batch size must be between 1 and 65536 (0 to let the model choose), not "
                    + batchSize.get());
        }
        if (!(learningRate.get() > 0 && learningRate.get() < 10)) {
            throw new MerchLabException("learning rate must be above 0 and below 10, not " + learningRate.get());
        }
        if (!DEVICES.contains(device.get())) {
            throw new MerchLabException("device must be auto, cpu or gpu, not " + device.get());
        }
        TrainingSettings d = TrainingSettings.defaults();
        return new TrainingSettings(epochs.get(), batchSize.get(), learningRate.get(), d.patience(), d.seed(),
                device.get(), d.threads());
    }

    /** Starts training the chosen kind on the logs before the temporal cut-off. */
    public void start() {
        Workspace ws = workbench.workspaceProperty().get();
        if (running.get()) {
            return;
        }
        if (ws == null) {
            message.set("Open a workspace first");
            return;
        }
        TrainingSettings settings;
        ModelKind chosen;
        try {
            settings = settings();
            chosen = kinds.get(kind.get() == null ? "" : kind.get());
        } catch (MerchLabException e) {
            message.set(e.getMessage());
            return;
        }
        collected = new TrainingCurves();
        curves.set(collected.snapshot());
        current = new TrainingRun(runs.size() + 1, chosen.name(), describe(settings, chosen));
        runs.add(current);
        trained.set(null);
        progress.set(0);
        remaining.set("");
        running.set(true);
        message.set("Preparing " + chosen.name() + " training");
        startedAt = nanos.getAsLong();
        TrainingCurves collector = collected;
        task = workbench.tasks().submit("Training " + chosen.name(),
                context -> train(ws, chosen.name(), settings, collector, context),
                this::finished, this::failed);
        task.progressProperty().addListener((obs, old, now) -> progressed(now.doubleValue()));
        task.messageProperty().addListener((obs, old, now) -> {
            if (now != null && running.get()) {
                message.set(now);
            }
        });
    }

    /** Asks the running training to stop at its next step. */
    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
            message.set("Cancelling…");
        }
    }

    private SavedModel train(Workspace ws, String kindName, TrainingSettings settings, TrainingCurves collected,
                             JobContext context) {
        try (ShopData data = shopData.apply(ws)) {
            context.message("Reading the logs");
            var window = data.behaviour().span().isPresent() ? TemporalSplit.of(data).trainingWindow() : null;
            TrainingListener listener = new TrainingListener() {
                @Override
                public void step(int epoch, long step, double loss, double fraction) {
                    collected.step(loss);
                    context.progress(fraction);
                }

                @Override
                public void epoch(int epoch, double trainLoss, Map<String, Double> validation) {
                    collected.epoch(epoch, validation);
                    context.message("Epoch " + epoch + " done, training loss "
                            + String.format(java.util.Locale.ROOT, "%.4f", trainLoss));
                }

                @Override
                public void message(String text) {
                    context.message(text);
                }
            };
            return new ModelTraining(kinds, new ModelStore(ws)).train(kindName, new ModelTraining.TrainingJobSpec(data,
                    settings, window, Map.of(), null, null, false), listener, context.cancelToken());
        }
    }

    private void progressed(double fraction) {
        if (!running.get()) {
            return;
        }
        TrainingCurves.Snapshot now = curves.get();
        if (collected.version() != now.version()) {
            showCurves();
        }
        if (fraction < 0) {
            return;
        }
        progress.set(fraction);
        double elapsed = (nanos.getAsLong() - startedAt) / 1e9;
        remaining.set(fraction > 0.01 && fraction < 1 ? "about " + Formats.seconds(elapsed * (1 - fraction) / fraction)
                + " left" : "");
    }

    private void finished(SavedModel model) {
        running.set(false);
        showCurves();
        double took = (nanos.getAsLong() - startedAt) / 1e9;
        current.end("saved as " + model.name(), Formats.seconds(took));
        progress.set(1);
        remaining.set("");
        trained.set(model);
        message.set("Saved " + model.name() + " (" + model.kind() + ", " + model.device() + ") in "
                + Formats.seconds(took));
        workbench.announce(message.get());
        workbench.dataChanged();
    }

    private void failed(Throwable error) {
        running.set(false);
        showCurves();
        remaining.set("");
        message.set(error instanceof CancelledException ? "Training cancelled; no model was saved"
                : "Training failed: " + ProblemText.reason(error));
        current.end(error instanceof CancelledException ? "cancelled" : "failed: " + ProblemText.reason(error),
                Formats.seconds((nanos.getAsLong() - startedAt) / 1e9));
    }

    private void showCurves() {
        TrainingCurves.Snapshot now = collected.snapshot();
        current.update(now);
        curves.set(now);
    }

    private String describe(TrainingSettings s, ModelKind chosen) {
        String device = "device " + s.device();
        if (chosen.isBaseline()) {
            return "one pass · " + device;
        }
        return s.epochs() + (s.epochs() == 1 ? " epoch" : " epochs") + " · batch "
                + (s.batchSize() == 0 ? "auto" : Integer.toString(s.batchSize())) + " · rate " + s.learningRate()
                + " · " + device;
    }
}
