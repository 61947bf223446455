package merchlab.ui.ads;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.ads.AuctionRules;
import merchlab.eval.ads.AdSimulation;
import merchlab.eval.ads.CampaignResult;
import merchlab.eval.ads.ReplayResult;
import merchlab.features.ShopData;
import merchlab.shop.AdAuctions;
import merchlab.shop.ShopServices;
import merchlab.ui.Workbench;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.RunningTask;
import merchlab.workspace.Workspace;

/**
 * The Ads section's replay: the test period's ad requests auctioned again under the ranker's calibrated predicted
 * CTR and beside it the ranker uncalibrated, the oracle (with a generated shop's truth file), popularity and bids
 * alone; a background task with progress and cancel. Then a row per predicted-CTR source, the revenue against
 * relevance trade-off, the calibration per slot before and after, and each campaign's spend under the chosen row.
 */
public final class ReplayViewModel {
    /** What a replay runs with, read from the auction's inputs when Replay is pressed. */
    record Settings(String model, AuctionRules rules) {
    }

    private final ObjectProperty<Path> truthFile = new SimpleObjectProperty<>(this, "truthFile");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<AdSimulation.Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<ReplayRow> results = FXCollections.observableArrayList();
    private final ObjectProperty<ReplayRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<CampaignResult> campaigns = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObjectProperty<String> calibrationSource = new SimpleObjectProperty<>(this, "calibrationSource");

    private final Workbench workbench;
    private final ShopServices services;
    private final Supplier<Settings> settings;
    private RunningTask task;

    ReplayViewModel(Workbench workbench, ShopServices services, Supplier<Settings> settings) {
        this.workbench = workbench;
        this.services = services;
        this.settings = settings;
        selected.addListener((obs, old, now) -> campaigns.setAll(now == null ? List.of() : now.result().campaigns()));
    }

    /**
     * A generated shop's {@code ad_truth.csv} (its {@code truth.json} beside it), or null: with it clicks follow the
     * true probabilities and the oracle joins; without it the calibrated ranker stands in for the shoppers.
     */
    public ObjectProperty<Path> truthFileProperty() {
        return truthFile;
    }

    /** Whether a replay can run: the workspace has campaigns and a ranker. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done, 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the latest replay did, or why there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The latest replay's report, or null. */
    public ReadOnlyObjectProperty<AdSimulation.Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** A row per predicted-CTR source: ranker calibrated and not, oracle, popularity, bid-only. */
    public ObservableList<ReplayRow> results() {
        return results;
    }

    /** The row whose campaigns are listed; the calibrated ranker after a replay. */
    public ObjectProperty<ReplayRow> selectedProperty() {
        return selected;
    }

    /** Each campaign's part under the selected row, most spent first. */
    public ObservableList<CampaignResult> campaigns() {
        return campaigns;
    }

    /** The sources whose calibration was measured: ranker, oracle, popularity. */
    public ObservableList<String> sources() {
        return sources;
    }

    /** The source whose reliability curves are drawn. */
    public ObjectProperty<String> calibrationSourceProperty() {
        return calibrationSource;
    }

    // commands

    /** Replays the test period in the background with the auction's ranker, reserve and relevance weight. */
    public void replay() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws == null || running.get() || !ready.get()) {
            return;
        }
        Settings s;
        try {
            s = settings.get();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        Path truth = truthFile.get();
        running.set(true);
        progress.set(-1);
        message.set("Replaying the test period's ad requests…");
        long started = System.nanoTime();
        task = workbench.tasks().submit("Replaying the ads of the test period", context -> {
            context.progress(-1);
            try (ShopData data = services.data(ws); AdAuctions ads = services.ads(data)) {
                return ads.simulate(s.model(), new AdSimulation.Settings(s.rules().reserveCents(),
                        s.rules().relevanceWeight(), true), truth, context.cancelToken());
            }
        }, done -> {
            running.set(false);
            task = null;
            if (ws == workbench.workspaceProperty().get()) { // not another workspace's replay
                show(done, (System.nanoTime() - started) / 1e9);
            }
        }, error -> {
            running.set(false);
            task = null;
            message.set(error instanceof CancelledException ? "Replay cancelled"
                    : error instanceof MerchLabException ? error.getMessage()
                    : "The replay failed: " + ProblemText.reason(error));
        });
        task.progressProperty().addListener((obs, old, now) -> progress.set(now.doubleValue()));
    }

    /** Stops the running replay at its next batch. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Forgets the shown replay (another workspace, new data). */
    void clear() {
        cancel();
        report.set(null);
        results.clear();
        selected.set(null);
        sources.clear();
        calibrationSource.set(null);
        message.set("");
    }

    void setReady(boolean now) {
        ready.set(now);
    }

    private void show(AdSimulation.Report r, double seconds) {
        report.set(r);
        results.setAll(rows(r));
        selected.set(results.isEmpty() ? null : results.get(0));
        List<String> measured = new ArrayList<>();
        r.calibration().forEach(c -> {
            if (!measured.contains(c.pctr())) {
                measured.add(c.pctr());
            }
        });
        sources.setAll(measured);
        calibrationSource.set(measured.isEmpty() ? null : measured.get(0));
        message.set(String.format(Locale.ROOT, "%,d test-period ad requests replayed in %.1f s; clicks from the %s",
                r.requests(), seconds, r.clicks().equals("truth") ? "generator's truth (the oracle joins)"
                        : "calibrated ranker: choose a generated shop's ad_truth.csv for true clicks and the oracle"));
    }

    /** A row per result, the first the calibrated ranker, each with the ECE of the predicted CTR as it ranked. */
    static List<ReplayRow> rows(AdSimulation.Report r) {
        List<ReplayRow> out = new ArrayList<>();
        for (int i = 0; i < r.results().size(); i++) {
            ReplayResult result = r.results().get(i);
            boolean none = result.calibration().equals("none");
            String source;
            if (result.pctr().equals("ranker")) {
                source = i == 0 ? "ranker, calibrated (" + (none ? "none fitted" : result.calibration()) + ")"
                        : "ranker, uncalibrated";
            } else {
                source = none ? result.pctr() : result.pctr() + " (" + result.calibration() + ")";
            }
            out.add(new ReplayRow(source, result, r.ece(result)));
        }
        return out;
    }
}
