package merchlab.eval.tune;

import java.util.Map;
import merchlab.model.TrainingSettings;
import merchlab.store.TuningStore.StoredTrial;

/**
 * One training of one drawn setting on a protocol's training split, judged on its validation shoppers. The options,
 * settings (seed included) and epochs repeat it exactly.
 *
 * @param trial   position in the run, from 0
 * @param config  the drawn setting it tries; 0 is the kind's defaults
 * @param rung    the successive-halving round, 0 first; later rounds train the survivors longer
 * @param status  {@code finished}, {@code stopped} (budget or user) or {@code failed}
 * @param metrics validation metrics ({@code ndcg@10}, {@code recall@10} ...), empty unless finished
 * @param message why it stopped or failed, or null
 */
public record Trial(int trial, int config, int rung, Map<String, String> options, TrainingSettings settings,
                    String status, Map<String, Double> metrics, double seconds, String message) {
    public static final String FINISHED = "finished";
    public static final String STOPPED = "stopped";
    public static final String FAILED = "failed";

    public Trial {
        options = Map.copyOf(options);
        metrics = Map.copyOf(metrics);
    }

    /** Validation NDCG@10, or NaN when the trial did not finish. */
    public double ndcg() {
        return metrics.getOrDefault("ndcg@10", Double.NaN);
    }

    /** How long it trained, in words: {@code 4 epochs}, or {@code early stopping} where the model chose the length. */
    public String length() {
        return settings.epochs() == TrainingSettings.AUTOMATIC ? "early stopping" : settings.epochs() + " epochs";
    }

    /** A trial as the tuning store gives it back. */
    public static Trial of(StoredTrial t) {
        return new Trial(t.trial(), t.config(), t.rung(), t.options(),
                TrainingSettings.fromMap(t.settings(), TrainingSettings.defaults()), t.status(), t.metrics(),
                t.seconds(), t.message());
    }

    /** This trial as the tuning store keeps it. */
    public StoredTrial stored() {
        return new StoredTrial(trial, config, rung, settings.epochs(), options, settings.asMap(), status, metrics,
                seconds, message);
    }

    public boolean finished() {
        return FINISHED.equals(status);
    }
}
