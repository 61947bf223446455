package merchlab.model.intent;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.model.Devices;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.model.ranker.EngineSetup;

/**
 * Trains the intent network like the other models: shuffled mini-batches, softmax cross-entropy, Adam, a seeded
 * engine, cancellation checked at every batch, early stopping on the validation log-loss, and the best epoch's
 * weights as the result, with the validation logits for calibration.
 */
public final class IntentTrainer {
    /** Most epochs, patience and batch size unless the settings name them. */
    static final int EPOCHS = 60;
    static final int PATIENCE = 5;
    static final int BATCH_SIZE = 64;

    private final TrainingSettings settings;
    private final IntentArchitecture shape;

    public IntentTrainer(TrainingSettings settings, IntentArchitecture shape) {
        this.settings = settings.withAutomatic(EPOCHS, PATIENCE);
        this.shape = shape;
    }

    /** The trained classifier (uncalibrated) and what the run measured. */
    public record Result(IntentClassifier classifier, float[][] validationLogits, Map<String, Double> metrics,
                         String device) {
    }

    /**
     * @param spelling how the messages of {@code train} and {@code validation} were mended (kept with the model), or
     *                 null when they are as written
     */
    public Result train(IntentData train, IntentData validation, int intents, MessageSpelling spelling,
                        TrainingListener listener, CancelToken cancel) {
        if (train.size() == 0) {
            throw new MerchLabException("no training messages");
        }
        Device device = Devices.resolve(settings.device());
        EngineSetup.prepare(settings.seed(), settings.threads());
        MessageNgrams ngrams = shape.ngrams() ? MessageNgrams.fit(train.messages()) : null;
        Inputs inputs = new Inputs(train.vectors().get(0).length, ngrams);
        long started = System.nanoTime();
        IntentNetwork network = new IntentNetwork(shape.adapter(), intents, shape.ngrams());
        try (Model model = Model.newInstance("intent", device, "PyTorch")) {
            model.setBlock(network);
            Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) settings.learningRate()))
                    .optWeightDecays((float) shape.weightDecay()).build();
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(adam).optDevices(new Device[] {device});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, inputs.dimension), new Shape(1, inputs.ngramWidth()));
                int batchSize = settings.batchSizeOr(BATCH_SIZE);
                int[] order = new int[train.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                long stepsPerEpoch = (order.length + batchSize - 1) / batchSize;
                double bestLoss = Double.POSITIVE_INFINITY;
                int bestEpoch = 0;
                int withoutGain = 0;
                int epochsRun = 0;
                byte[] best = IntentClassifier.weights(network);
                for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                    shuffle(order, new Random(settings.seed() * 1_000_003L + epoch));
                    double lossSum = 0;
                    int steps = 0;
                    for (int start = 0; start < order.length; start += batchSize) {
                        cancel.check();
                        int[] rows = java.util.Arrays.copyOfRange(order, start, Math.min(order.length, start + batchSize));
                        double loss = step(trainer, inputs, train, rows);
                        if (!Double.isFinite(loss)) {
                            throw new MerchLabException("training diverged (the loss became " + loss
                                    + "): lower the learning rate");
                        }
                        lossSum += loss;
                        steps++;
                        listener.step(epoch + 1, steps, loss,
                                ((double) epoch * stepsPerEpoch + steps) / (settings.epochs() * (double) stepsPerEpoch));
                    }
                    epochsRun = epoch + 1;
                    float[][] logits = logits(trainer, inputs, validation);
                    double valLoss = validation.size() == 0 ? lossSum / steps : Temperature.nll(logits,
                            validation.labels(), 1);
                    Map<String, Double> v = new LinkedHashMap<>();
                    v.put("logloss", valLoss);
                    v.put("accuracy", accuracy(logits, validation.labels()));
                    listener.epoch(epoch + 1, lossSum / Math.max(1, steps), v);
                    if (valLoss < bestLoss - 1e-4) {
                        bestLoss = valLoss;
                        bestEpoch = epoch;
                        best = IntentClassifier.weights(network);
                        withoutGain = 0;
                    } else if (++withoutGain >= Math.max(1, settings.patience())) {
                        listener.message("stopping early after epoch " + (epoch + 1) + ": validation log-loss has not"
                                + " improved for " + withoutGain + " epochs; keeping epoch " + (bestEpoch + 1));
                        break;
                    }
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                IntentClassifier classifier = IntentClassifier.neural(shape, intents, inputs.dimension, ngrams, spelling,
                        best);
                Map<String, Double> metrics = new LinkedHashMap<>();
                metrics.put("train_messages", (double) train.size());
                metrics.put("validation_messages", (double) validation.size());
                metrics.put("epochs", (double) epochsRun);
                metrics.put("best_epoch", (double) (bestEpoch + 1));
                metrics.put("training_seconds", seconds);
                float[][] validationLogits = classifier.logits(validation.messages(), validation.vectors());
                return new Result(classifier, validationLogits, metrics, Devices.name(device));
            }
        }
    }

    private static double step(Trainer trainer, Inputs inputs, IntentData data, int[] rows) {
        try (NDManager m = trainer.getManager().newSubManager()) {
            NDList x = inputs.batch(m, data.messages(), data.vectors(), rows);
            float[] y = new float[rows.length];
            for (int j = 0; j < rows.length; j++) {
                y[j] = data.labels()[rows[j]];
            }
            NDArray labels = m.create(y, new Shape(rows.length));
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray logits = trainer.forward(x).singletonOrThrow();
                NDArray loss = trainer.getLoss().evaluate(new NDList(labels), new NDList(logits));
                double value = loss.getFloat();
                gc.backward(loss);
                trainer.step();
                return value;
            }
        }
    }

    private static float[][] logits(Trainer trainer, Inputs inputs, IntentData data) {
        float[][] out = new float[data.size()][];
        int chunk = 256;
        for (int start = 0; start < data.size(); start += chunk) {
            int n = Math.min(chunk, data.size() - start);
            int[] rows = new int[n];
            for (int j = 0; j < n; j++) {
                rows[j] = start + j;
            }
            try (NDManager m = trainer.getManager().newSubManager()) {
                NDArray logits = trainer.evaluate(inputs.batch(m, data.messages(), data.vectors(), rows))
                        .singletonOrThrow();
                float[] flat = logits.toFloatArray();
                int classes = flat.length / n;
                for (int j = 0; j < n; j++) {
                    out[start + j] = java.util.Arrays.copyOfRange(flat, j * classes, (j + 1) * classes);
                }
            }
        }
        return out;
    }

    static double accuracy(float[][] logits, int[] labels) {
        if (logits.length == 0) {
            return Double.NaN;
        }
        int right = 0;
        for (int i = 0; i < logits.length; i++) {
            int best = 0;
            for (int c = 1; c < logits[i].length; c++) {
                if (logits[i][c] > logits[i][best]) {
                    best = c;
                }
            }
            right += best == labels[i] ? 1 : 0;
        }
        return (double) right / logits.length;
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Builds the network's two inputs for a batch of messages: their vectors and their dense n-gram rows. */
    static final class Inputs {
        final int dimension;
        final MessageNgrams ngrams;
        private final java.util.Map<String, MessageNgrams.Row> rows = new java.util.HashMap<>();

        Inputs(int dimension, MessageNgrams ngrams) {
            this.dimension = dimension;
            this.ngrams = ngrams;
        }

        int ngramWidth() {
            return ngrams == null ? 1 : ngrams.width();
        }

        /** The n-gram row of a message, kept for the next epochs (a training set's messages are few). */
        private MessageNgrams.Row row(String message) {
            if (rows.size() > 100_000) {
                rows.clear();
            }
            return rows.computeIfAbsent(message, ngrams::row);
        }

        NDList batch(NDManager m, java.util.List<String> messages, java.util.List<float[]> vectors, int[] rows) {
            int n = rows.length;
            float[] v = new float[n * dimension];
            float[] g = new float[n * ngramWidth()];
            for (int j = 0; j < n; j++) {
                System.arraycopy(vectors.get(rows[j]), 0, v, j * dimension, dimension);
                if (ngrams != null) {
                    ngrams.dense(row(messages.get(rows[j])), g, j * ngramWidth());
                }
            }
            return new NDList(m.create(FloatBuffer.wrap(v), new Shape(n, dimension)),
                    m.create(FloatBuffer.wrap(g), new Shape(n, ngramWidth())));
        }
    }
}
