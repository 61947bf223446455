package merchlab.ui.train;

import java.util.Arrays;
import java.util.Map;

/**
 * One run's loss at every training step, on one step count over the whole run, where each epoch ended, and the
 * validation metric of every epoch, collected from the training thread and read as immutable snapshots on the UI
 * thread. Thread-safe.
 */
public final class TrainingCurves {
    /** Metrics preferred for the validation curve, in order. */
    private static final String[] PREFERRED = {"auc", "ndcg@10", "recall@10", "logloss"};

    private double[] steps = new double[256];
    private double[] losses = new double[256];
    private int stepCount;
    private double[] epochEnds = new double[16];
    private double[] epochs = new double[16];
    private double[] metrics = new double[16];
    private int epochCount;
    private int endCount;
    private String metricName = "";
    private long version;

    /**
     * What the charts draw: copies, never changed afterwards.
     *
     * @param steps     the step count since the run began (1, 2, ...), never restarting at an epoch
     * @param epochEnds the step count at which each epoch ended, in order
     */
    public record Snapshot(double[] steps, double[] losses, double[] epochEnds, double[] epochs, double[] metric,
                           String metricName, long version) {
        public static final Snapshot EMPTY = new Snapshot(new double[0], new double[0], new double[0], new double[0],
                new double[0], "", 0);

        /** The last step's loss, or NaN before the first step. */
        public double lastLoss() {
            return losses.length == 0 ? Double.NaN : losses[losses.length - 1];
        }

        /** The best validation value over the epochs (the lowest for a loss), or NaN before the first epoch. */
        public double bestMetric() {
            boolean lower = metricName.contains("loss");
            return Arrays.stream(metric).reduce(lower ? Math::min : Math::max).orElse(Double.NaN);
        }
    }

    /** One optimisation step's loss; the step is counted here, so trainers that count per epoch line up too. */
    public synchronized void step(double loss) {
        if (stepCount == steps.length) {
            steps = Arrays.copyOf(steps, stepCount * 2);
            losses = Arrays.copyOf(losses, stepCount * 2);
        }
        steps[stepCount] = stepCount + 1;
        losses[stepCount] = loss;
        stepCount++;
        version++;
    }

    /** One epoch's end and its validation metrics: the first preferred metric present is charted. */
    public synchronized void epoch(int epoch, Map<String, Double> validation) {
        if (endCount == epochEnds.length) {
            epochEnds = Arrays.copyOf(epochEnds, endCount * 2);
        }
        epochEnds[endCount++] = stepCount;
        version++;
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
        if (v == null || !Double.isFinite(v)) {
            return;
        }
        if (epochCount == epochs.length) {
            epochs = Arrays.copyOf(epochs, epochCount * 2);
            metrics = Arrays.copyOf(metrics, epochCount * 2);
        }
        epochs[epochCount] = epoch;
        metrics[epochCount] = v;
        epochCount++;
    }

    public synchronized long version() {
        return version;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(Arrays.copyOf(steps, stepCount), Arrays.copyOf(losses, stepCount),
                Arrays.copyOf(epochEnds, endCount), Arrays.copyOf(epochs, epochCount),
                Arrays.copyOf(metrics, epochCount), metricName, version);
    }
}
