package merchlab.ui;

import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import merchlab.CancelToken;
import merchlab.features.ShopData;
import merchlab.model.ModelKind;
import merchlab.model.Recommender;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.store.SavedModel;

/** A model kind whose training takes {@code steps} steps of {@code stepMillis} each: for long-running window tests. */
public class SlowKind implements ModelKind {
    private final int steps;
    private final long stepMillis;

    public SlowKind(int steps, long stepMillis) {
        this.steps = steps;
        this.stepMillis = stepMillis;
    }

    @Override
    public String name() {
        return "slow";
    }

    @Override
    public String description() {
        return "a long training for tests";
    }

    @Override
    public SavedModel train(TrainingJob job, TrainingListener listener, CancelToken cancel) {
        int perEpoch = Math.max(1, steps / job.settings().epochs());
        for (int s = 1; s <= steps; s++) {
            cancel.check();
            LockSupport.parkNanos(stepMillis * 1_000_000L);
            listener.step(1 + (s - 1) / perEpoch, s, 1.0 / s, (double) s / steps);
            if (s % perEpoch == 0) {
                listener.epoch(s / perEpoch, 1.0 / s, Map.of("auc", 0.5 + 0.4 * s / steps));
            }
        }
        return new SavedModel(job.modelName(), name(), job.settings().asMap(), null, Map.of("auc", 0.9),
                job.parent(), null, null, "cpu", System.currentTimeMillis(), null, null);
    }

    @Override
    public Recommender open(SavedModel model, ShopData data) {
        throw new UnsupportedOperationException("the slow kind only trains");
    }
}
