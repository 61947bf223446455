package merchlab.model.sequence;

import merchlab.model.TrainingSettings;

/**
 * How one epoch of the sequence recommender is cut into steps: the batch size, and how many passes over the training
 * windows make an epoch.
 *
 * <p>A batch size asked for is used as it is, one pass per epoch. The automatic one ({@link TrainingSettings#AUTOMATIC})
 * aims at {@value #STEPS_PER_EPOCH} steps per epoch with batches of {@value #MIN_BATCH} to {@value #MAX_BATCH}
 * windows; a log too small for that many steps in one pass repeats its windows within the epoch, so that a small shop
 * gets as many updates in the default epochs as a large one and early stopping judges comparable amounts of training.
 */
record Batching(int size, int passes) {
    static final int STEPS_PER_EPOCH = 40;
    static final int MIN_BATCH = 32;
    static final int MAX_BATCH = 256;

    /** The batching for {@code windows} training windows under the batch size asked for in the settings. */
    static Batching of(int askedBatchSize, int windows) {
        if (askedBatchSize != TrainingSettings.AUTOMATIC) {
            return new Batching(askedBatchSize, 1);
        }
        int size = Math.max(MIN_BATCH, Math.min(MAX_BATCH, ceil(windows, STEPS_PER_EPOCH)));
        int stepsPerPass = Math.max(1, ceil(windows, size));
        return new Batching(size, ceil(STEPS_PER_EPOCH, stepsPerPass));
    }

    private static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }
}
