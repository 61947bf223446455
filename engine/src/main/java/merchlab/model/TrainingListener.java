package merchlab.model;

import java.util.Map;

/** Hears a training run: the loss of every step and the validation metrics of every epoch. */
public interface TrainingListener {
    TrainingListener NONE = new TrainingListener() { };

    /** After each optimisation step; {@code progress} runs from 0 to 1 over the whole run. */
    default void step(int epoch, long step, double loss, double progress) {
    }

    /** After each epoch, with the validation metrics it reached. */
    default void epoch(int epoch, double trainLoss, Map<String, Double> validation) {
    }

    /** A line worth showing the user (early stop, resumed checkpoint, device chosen). */
    default void message(String text) {
    }
}
