package merchlab.ui.train;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One training run of this session, kept after it ends so that the next run can be drawn over it: its kind and
 * settings, how it ended, its curves, and whether the charts show it. Changed on the FX thread only.
 */
public final class TrainingRun {
    private final int number;
    private final String kind;
    private final String settings;
    private final ReadOnlyObjectWrapper<TrainingCurves.Snapshot> curves =
            new ReadOnlyObjectWrapper<>(this, "curves", TrainingCurves.Snapshot.EMPTY);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "running");
    private final ReadOnlyStringWrapper duration = new ReadOnlyStringWrapper(this, "duration", "");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);

    TrainingRun(int number, String kind, String settings) {
        this.number = number;
        this.kind = kind;
        this.settings = settings;
    }

    /** "#2 ranker": how the charts' legends and the runs table name this run. */
    public String label() {
        return "#" + number + " " + kind;
    }

    public String kind() {
        return kind;
    }

    /** "3 epochs · batch auto · rate 0.001 · cpu". */
    public String settings() {
        return settings;
    }

    /** The curves so far (the final ones once the run ended). */
    public ReadOnlyObjectProperty<TrainingCurves.Snapshot> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    /** "running", "saved as ranker-2", "cancelled" or "failed: reason". */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** "1 min 20 s" once ended. */
    public ReadOnlyStringProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    /** Whether the charts draw this run. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The epochs finished, as the runs table shows them. */
    public String epochs() {
        return Integer.toString(curves.get().epochEnds().length);
    }

    /** The last step's loss, 4 decimals, or "–". */
    public String lastLoss() {
        return decimals(curves.get().lastLoss());
    }

    /** "auc 0.7312": the best validation value of any epoch, or "–". */
    public String bestValidation() {
        TrainingCurves.Snapshot s = curves.get();
        return s.metric().length == 0 ? "–" : s.metricName() + " " + decimals(s.bestMetric());
    }

    void update(TrainingCurves.Snapshot now) {
        curves.set(now);
    }

    void end(String how, String took) {
        outcome.set(how);
        duration.set(took);
    }

    private static String decimals(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "–";
    }
}
