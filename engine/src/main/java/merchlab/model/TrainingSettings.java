package merchlab.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings every trainable model shares.
 *
 * @param epochs    most epochs, or {@link #AUTOMATIC} to let the model pick from its data (see {@link #withAutomatic})
 * @param batchSize examples per step, or {@link #AUTOMATIC} to let the model pick from its data (see
 *                  {@link #batchSizeOr})
 * @param device   {@code auto}, {@code cpu} or {@code gpu}
 * @param patience epochs without improvement of the validation metric before training stops early, or
 *                 {@link #AUTOMATIC}
 * @param threads  intra-op threads for the PyTorch engine; 0 leaves the engine's default
 */
public record TrainingSettings(int epochs, int batchSize, double learningRate, int patience, long seed,
                               String device, int threads) {

    /** The epochs, batch size or patience that asks the model to choose one for its data. */
    public static final int AUTOMATIC = 0;

    /** Every length of training left to the model. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(AUTOMATIC, AUTOMATIC, 1e-3, AUTOMATIC, 42, "auto", 1);
    }

    /** These settings with the model's own choice of epochs and patience where none was asked for. */
    public TrainingSettings withAutomatic(int modelEpochs, int modelPatience) {
        return new TrainingSettings(epochs == AUTOMATIC ? modelEpochs : epochs, batchSize, learningRate,
                patience == AUTOMATIC ? modelPatience : patience, seed, device, threads);
    }

    /** The batch size asked for, or {@code automatic} (the model's choice for its data) when none was. */
    public int batchSizeOr(int automatic) {
        return batchSize == AUTOMATIC ? automatic : batchSize;
    }

    public TrainingSettings withEpochs(int n) {
        return new TrainingSettings(n, batchSize, learningRate, patience, seed, device, threads);
    }

    public TrainingSettings withDevice(String d) {
        return new TrainingSettings(epochs, batchSize, learningRate, patience, seed, d, threads);
    }

    public TrainingSettings withPatience(int n) {
        return new TrainingSettings(epochs, batchSize, learningRate, n, seed, device, threads);
    }

    public TrainingSettings withSeed(long s) {
        return new TrainingSettings(epochs, batchSize, learningRate, patience, s, device, threads);
    }

    public TrainingSettings withBatchSize(int b) {
        return new TrainingSettings(epochs, b, learningRate, patience, seed, device, threads);
    }

    public TrainingSettings withLearningRate(double lr) {
        return new TrainingSettings(epochs, batchSize, lr, patience, seed, device, threads);
    }

    /** As stored in a saved model's settings. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epochs", epochs);
        m.put("batchSize", batchSize);
        m.put("learningRate", learningRate);
        m.put("patience", patience);
        m.put("seed", seed);
        m.put("device", device);
        m.put("threads", threads);
        return m;
    }

    /**
     * The settings stored by {@link #asMap} in a saved model's settings; keys that are missing or of the wrong type
     * take {@code fallback}'s values.
     */
    public static TrainingSettings fromMap(Map<String, Object> m, TrainingSettings fallback) {
        return new TrainingSettings(integer(m, "epochs", fallback.epochs), integer(m, "batchSize", fallback.batchSize),
                m.get("learningRate") instanceof Number n ? n.doubleValue() : fallback.learningRate,
                integer(m, "patience", fallback.patience),
                m.get("seed") instanceof Number n ? n.longValue() : fallback.seed,
                m.get("device") instanceof String d ? d : fallback.device, integer(m, "threads", fallback.threads));
    }

    private static int integer(Map<String, Object> m, String key, int fallback) {
        return m.get(key) instanceof Number n ? n.intValue() : fallback;
    }
}
