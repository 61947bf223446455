package merchlab.ui.train;

import java.util.Arrays;
import java.util.Map;

/**
 * The loss of every training step and the validation metric of every epoch, collected from the training thread and
 * read as immutable snapshots on the UI thread. Thread-safe.
 */
public final class TrainingCurves {
    /** Metrics preferred for the validation curve, in order. */
    private static final String[] PREFERRED = {"auc", "ndcg@10", "recall@10", "logloss"};

    private double[] steps = new double[256];
    private double[] losses = new double[256];
    private int stepCount;
    private double[] epochs = new double[16];
    private double[] metrics = new double[16];
    private int epochCount;
    private String metricName = "";
    private long version;

    /** What the charts draw: copies, never changed afterwards. */
    public record Snapshot(double[] steps, double[] losses, double[] epochs, double[] metric, String metricName,
                           long version) {
        public static final Snapshot EMPTY = new Snapshot(new double[0], new double[0], new double[0], new double[0], "", 0);
    }

    /** One optimisation step's loss. */
    public synchronized void step(long step, double loss) {
        if (stepCount == steps.length) {
            steps = Arrays.copyOf(steps, stepCount * 2);
            losses = Arrays.copyOf(losses, stepCount * 2);
        }
        steps[stepCount] = step;
        losses[stepCount] = loss;
        stepCount++;
        version++;
    }

    /** One epoch's validation metrics: the first preferred metric present is charted. */
    public synchronized void epoch(int epoch, Map<String, Double> validation) {
        String name = metricName;
        if (name.isEmpty()) {
            for (String p : PREFERRED) {
                if (validation.containsKey(p)) {
                    name = p;
                    break;
                }
            }
            if (name.isEmpty() && !validation.isEmpty()) {
                name = validation.keySet().iterator().next();
            }
            metricName = name;
        }
        Double v = validation.get(name);
        if (v == null) {
            return;
        }
        if (epochCount == epochs.length) {
            epochs = Arrays.copyOf(epochs, epochCount * 2);
            metrics = Arrays.copyOf(metrics, epochCount * 2);
        }
        epochs[epochCount] = epoch;
        metrics[epochCount] = v;
        epochCount++;
        version++;
    }

    public synchronized void clear() {
        stepCount = 0;
        epochCount = 0;
        metricName = "";
        version++;
    }

    public synchronized long version() {
        return version;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(Arrays.copyOf(steps, stepCount), Arrays.copyOf(losses, stepCount),
                Arrays.copyOf(epochs, epochCount), Arrays.copyOf(metrics, epochCount), metricName, version);
    }
}
