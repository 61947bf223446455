package merchlab.ui.train;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.MerchLabException;
import merchlab.eval.protocol.LeaveLastOut;
import merchlab.eval.tune.SearchSpace;
import merchlab.eval.tune.Trial;
import merchlab.eval.tune.Tuner;
import merchlab.eval.tune.TuningReport;
import merchlab.eval.tune.TuningRequest;
import merchlab.model.ModelKinds;
import merchlab.model.TrainingSettings;
import merchlab.shop.ShopServices;
import merchlab.ui.Workbench;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.JobContext;
import merchlab.ui.task.RunningTask;
import merchlab.workspace.Workspace;

/**
 * The Train section's tuning: a model kind, a time budget and a number of settings to try; while the search runs, each
 * trial appears as it ends, and Stop ends the running trial and keeps the best full training so far.
 */
public final class TuneViewModel {
    /** The kinds with settings to tune. */
    public static final List<String> KINDS = List.of("sequence", "cooccurrence", "popularity");

    /** One finished (or stopped) trial as the table shows it. */
    public record TrialRow(int trial, int setting, String round, String status, String ndcg, String seconds,
                           String options) {
        static TrialRow of(Trial t, boolean epochs) {
            return new TrialRow(t.trial(), t.config(), epochs ? t.rung() + " (" + t.length() + ")"
                    : "-", t.status(), t.finished() ? String.format(Locale.ROOT, "%.4f", t.ndcg()) : "",
                    String.format(Locale.ROOT, "%.1f", t.seconds()), t.options().toString());
        }
    }

    // settings the form edits
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(this, "kind", "sequence");
    private final StringProperty budget = new SimpleStringProperty(this, "budget", "10m");
    private final IntegerProperty settings = new SimpleIntegerProperty(this, "settings",
            TuningRequest.DEFAULT_CONFIGS);
    // state
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ObservableList<TrialRow> trials = FXCollections.observableArrayList();
    private final ObservableList<TrialRow> trialsView = FXCollections.unmodifiableObservableList(trials);

    private final Workbench workbench;
    private final ModelKinds kinds;
    private final List<Trial> ended = new CopyOnWriteArrayList<>();
    private RunningTask task;

    public TuneViewModel(Workbench workbench, ShopServices services) {
        this.workbench = workbench;
        this.kinds = services.kinds();
    }

    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    /** The wall-clock budget as {@code --budget} takes it: 90s, 10m, 1h. */
    public StringProperty budgetProperty() {
        return budget;
    }

    /** Settings to draw, the defaults among them. */
    public IntegerProperty settingsProperty() {
        return settings;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the search does now, or why it could not start. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How the last search ended: best against defaults and the strongest baseline. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The trials of the running or last search, in the order they ended. */
    public ObservableList<TrialRow> trials() {
        return trialsView;
    }

    // commands

    /** Starts tuning the chosen kind on the leave-last-out validation shoppers. */
    public void start() {
        Workspace ws = workbench.workspaceProperty().get();
        if (running.get()) {
            return;
        }
        if (ws == null) {
            message.set("Open a workspace first");
            return;
        }
        TuningRequest request;
        boolean epochs;
        try {
            kinds.get(kind.get() == null ? "" : kind.get());
            epochs = SearchSpace.of(kind.get()).epochs();
            TrainingSettings base = TrainingSettings.defaults();
            request = new TuningRequest(kind.get(), new LeaveLastOut(), TuningRequest.budget(budget.get()),
                    settings.get(), base.seed(), base);
        } catch (MerchLabException e) {
            message.set(e.getMessage());
            return;
        }
        ended.clear();
        trials.clear();
        verdict.set("");
        running.set(true);
        message.set("Tuning " + request.kind());
        task = workbench.tasks().submit("Tuning " + request.kind(), context -> tune(ws, request, context),
                report -> finished(report, epochs), this::failed);
        task.messageProperty().addListener((obs, old, now) -> {
            if (now != null && running.get()) {
                message.set(now);
                shown(epochs);
            }
        });
    }

    /** Ends the running trial; the search keeps the best full training it has. */
    public void stop() {
        if (task != null && running.get()) {
            task.cancel();
            message.set("Stopping the running trial…");
        }
    }

    private TuningReport tune(Workspace ws, TuningRequest request, JobContext context) {
        return new Tuner(ws, kinds).run(request, new Tuner.Listener() {
            @Override
            public void step(int epoch, long step, double loss, double fraction) {
                context.progress(fraction);
            }

            @Override
            public void message(String text) {
                context.message(text);
            }

            @Override
            public void trial(Trial t) {
                ended.add(t);
                context.message("Trial " + t.trial() + " " + t.status());
            }
        }, context.cancelToken());
    }

    /** Brings the table up to the trials ended so far (on the FX thread). */
    private void shown(boolean epochs) {
        for (int i = trials.size(); i < ended.size(); i++) {
            trials.add(TrialRow.of(ended.get(i), epochs));
        }
    }

    private void finished(TuningReport report, boolean epochs) {
        shown(epochs);
        running.set(false);
        verdict.set(report.verdict());
        message.set(report.bestModel() == null ? "No trial finished its full training"
                : "Saved " + report.bestModel() + "; recommended: " + report.recommended());
        workbench.announce(message.get());
        workbench.dataChanged();
    }

    private void failed(Throwable error) {
        running.set(false);
        message.set("Tuning failed: " + ProblemText.reason(error));
    }
}
