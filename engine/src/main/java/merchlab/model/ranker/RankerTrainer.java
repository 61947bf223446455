package merchlab.model.ranker;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.metric.ClickMetrics;
import merchlab.features.FeaturePipeline;
import merchlab.features.TrainingExamples;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;

/**
 * Trains the ranker's network on labelled examples: shuffled mini-batches, binary cross-entropy on the predicted click
 * probability at the shown position, Adam, early stopping on the validation AUC of the newest result lists, a
 * checkpoint after every epoch, and the best epoch's weights as the result.
 */
final class RankerTrainer {
    /** Examples per step unless the settings name a batch size. */
    static final int BATCH_SIZE = 256;
    /** Most epochs and the patience of early stopping unless the settings name them. */
    static final int EPOCHS = 10;
    static final int PATIENCE = 2;
    private final TrainingSettings settings;
    private final RankerArchitecture shape;
    private final Device device;

    RankerTrainer(TrainingSettings settings, RankerArchitecture shape, Device device) {
        this.settings = settings.withAutomatic(EPOCHS, PATIENCE);
        this.shape = shape;
        this.device = device;
    }

    /** The best weights and what the run measured. */
    record Result(byte[] weights, Map<String, Double> metrics) {
    }

    Result train(TrainingExamples examples, FeaturePipeline pipeline, TrainingListener listener, CancelToken cancel,
                 Path checkpointFile, boolean resume) {
        Split split = Split.of(examples, shape.validationShare());
        int width = examples.schema().width();
        EngineSetup.prepare(settings.seed(), settings.threads());
        long started = System.nanoTime();
        try (Model model = Model.newInstance("ranker", device, "PyTorch")) {
            CtrNetwork network = new CtrNetwork(examples.schema().embeddingDimension(), shape, pipeline.mean(),
                    pipeline.std());
            model.setBlock(network);
            Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) settings.learningRate()))
                    .optWeightDecays((float) shape.weightDecay()).build();
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
                    .optOptimizer(adam).optDevices(new Device[] {device});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, width));
                Progress p = new Progress();
                if (resume && checkpointFile != null) {
                    p.resumeFrom(checkpointFile, examples.size(), network, trainer.getManager(), listener,
                            () -> scratch(examples, pipeline, trainer.getManager(), width));
                }
                double oracle = oracleAuc(examples, split.validation);
                double reachedTarget = Double.NaN;
                int batchSize = settings.batchSizeOr(BATCH_SIZE);
                long stepsPerEpoch = Math.max(1, (split.train.length + batchSize - 1) / batchSize);
                long trained = 0;
                float[] batch = new float[batchSize * width];
                float[] labels = new float[batchSize];
                for (int epoch = p.nextEpoch; epoch < settings.epochs(); epoch++) {
                    int[] order = split.shuffledTrain(new Random(settings.seed() * 1_000_003L + epoch));
                    double lossSum = 0;
                    long steps = 0;
                    for (int start = 0; start < order.length; start += batchSize) {
                        cancel.check();
                        int n = Math.min(batchSize, order.length - start);
                        for (int j = 0; j < n; j++) {
                            examples.row(order[start + j], batch, j * width);
                            labels[j] = examples.label(order[start + j]);
                        }
                        double loss = step(trainer, batch, labels, n, width);
                        if (!Double.isFinite(loss)) {
                            throw new MerchLabException("training diverged (the loss became " + loss
                                    + "): lower the learning rate");
                        }
                        lossSum += loss;
                        steps++;
                        trained += n;
                        listener.step(epoch + 1, steps, loss,
                                ((double) epoch * stepsPerEpoch + steps) / (settings.epochs() * (double) stepsPerEpoch));
                    }
                    Map<String, Double> validation = validate(trainer, examples, split.validation, width);
                    listener.epoch(epoch + 1, lossSum / Math.max(1, steps), validation);
                    if (Double.isNaN(reachedTarget) && validation.getOrDefault("auc", Double.NaN) >= oracle - 0.01) {
                        reachedTarget = (System.nanoTime() - started) / 1e9;
                    }
                    boolean stop = p.afterEpoch(epoch, validation.getOrDefault("auc", Double.NaN), network, listener);
                    if (checkpointFile != null) {
                        new RankerCheckpoint(epoch, examples.size(), p.bestAuc, p.bestEpoch, p.withoutGain,
                                RankerWeights.save(network), p.best).write(checkpointFile);
                    }
                    if (stop) {
                        break;
                    }
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                RankerWeights.copyInPlace(network, scratch(examples, pipeline, trainer.getManager(), width), p.best,
                        trainer.getManager());
                Map<String, Double> metrics = new LinkedHashMap<>();
                validate(trainer, examples, split.validation, width).forEach((k, v) -> metrics.put("validation_" + k, v));
                metrics.put("train_examples", (double) split.train.length);
                metrics.put("validation_examples", (double) split.validation.length);
                metrics.put("epochs", (double) p.epochsRun);
                metrics.put("best_epoch", (double) (p.bestEpoch + 1));
                metrics.put("examples_per_second", trained / Math.max(1e-9, seconds));
                metrics.put("training_seconds", seconds);
                if (!Double.isNaN(oracle)) {
                    metrics.put("validation_oracle_auc", oracle);
                    if (!Double.isNaN(reachedTarget)) {
                        metrics.put("seconds_to_target", reachedTarget);
                    }
                }
                return new Result(p.best, metrics);
            }
        }
    }

    /** An initialised network of the same shape, to load stored weights into before copying them over. */
    private CtrNetwork scratch(TrainingExamples examples, FeaturePipeline pipeline, NDManager manager, int width) {
        CtrNetwork n = new CtrNetwork(examples.schema().embeddingDimension(), shape, pipeline.mean(), pipeline.std());
        n.initialize(manager, DataType.FLOAT32, new Shape(1, width));
        return n;
    }

    private static double step(Trainer trainer, float[] batch, float[] labels, int n, int width) {
        try (NDManager m = trainer.getManager().newSubManager()) {
            NDArray x = m.create(java.nio.FloatBuffer.wrap(batch, 0, n * width), new Shape(n, width));
            NDArray y = m.create(java.nio.FloatBuffer.wrap(labels, 0, n), new Shape(n, 1));
            double value;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDList out = trainer.forward(new NDList(x));
                NDArray loss = bce(out.get(1), out.get(2), y);
                value = loss.getFloat();
                gc.backward(loss);
            }
            trainer.step();
            return value;
        }
    }

    /**
     * Mean binary cross-entropy of {@code P = sigmoid(r) * sigmoid(s)}, with {@code log P} computed from log-sigmoids
     * so that small probabilities keep their gradient.
     */
    static NDArray bce(NDArray relevance, NDArray position, NDArray y) {
        NDArray logP = logSigmoid(relevance).add(logSigmoid(position));
        NDArray p = logP.exp().clip(1e-7f, 1 - 1e-7f);
        NDArray log1mP = p.neg().add(1f).log();
        return y.mul(logP).add(y.neg().add(1f).mul(log1mP)).neg().mean();
    }

    private static NDArray logSigmoid(NDArray z) {
        return ai.djl.nn.Activation.softPlus(z.neg()).neg();
    }

    /** AUC of the true click probabilities on the validation rows of generated logs; NaN when any is unknown. */
    private static double oracleAuc(TrainingExamples examples, int[] rows) {
        double[] truth = new double[rows.length];
        boolean[] clicked = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            truth[i] = examples.trueCtr(rows[i]);
            if (Double.isNaN(truth[i])) {
                return Double.NaN;
            }
            clicked[i] = examples.clicked(rows[i]);
        }
        return rows.length == 0 ? Double.NaN : merchlab.metric.Auc.of(truth, clicked);
    }

    private static Map<String, Double> validate(Trainer trainer, TrainingExamples examples, int[] rows, int width) {
        if (rows.length == 0) {
            return Map.of();
        }
        double[] predicted = new double[rows.length];
        boolean[] clicked = new boolean[rows.length];
        int chunk = 4096;
        float[] batch = new float[chunk * width];
        for (int start = 0; start < rows.length; start += chunk) {
            int n = Math.min(chunk, rows.length - start);
            for (int j = 0; j < n; j++) {
                examples.row(rows[start + j], batch, j * width);
                clicked[start + j] = examples.clicked(rows[start + j]);
            }
            try (NDManager m = trainer.getManager().newSubManager()) {
                NDArray x = m.create(java.nio.FloatBuffer.wrap(batch, 0, n * width), new Shape(n, width));
                float[] ctr = trainer.evaluate(new NDList(x)).get(0).toType(DataType.FLOAT32, false).toFloatArray();
                for (int j = 0; j < n; j++) {
                    predicted[start + j] = ctr[j];
                }
            }
        }
        return ClickMetrics.of(predicted, clicked);
    }

    /** Early stopping and the best weights so far. */
    private final class Progress {
        int nextEpoch;
        int epochsRun;
        double bestAuc = Double.NEGATIVE_INFINITY;
        int bestEpoch = -1;
        int withoutGain;
        byte[] best;

        void resumeFrom(Path file, long examples, CtrNetwork network, NDManager manager, TrainingListener listener,
                        java.util.function.Supplier<CtrNetwork> scratch) {
            RankerCheckpoint c = RankerCheckpoint.read(file).orElse(null);
            if (c == null) {
                listener.message("no checkpoint at " + file + ": starting from scratch");
                return;
            }
            if (c.examples() != examples) {
                throw new MerchLabException("the checkpoint at " + file + " was made on " + c.examples()
                        + " examples, this run has " + examples + ": train without --resume");
            }
            RankerWeights.copyInPlace(network, scratch.get(), c.current(), manager);
            nextEpoch = c.epoch() + 1;
            epochsRun = nextEpoch;
            bestAuc = c.bestAuc();
            bestEpoch = c.bestEpoch();
            withoutGain = c.epochsWithoutGain();
            best = c.best();
            listener.message("resumed after epoch " + nextEpoch + " (best validation AUC "
                    + String.format(java.util.Locale.ROOT, "%.4f", bestAuc) + ")");
        }

        /** Records an epoch's validation AUC; true when training should stop early. */
        boolean afterEpoch(int epoch, double auc, CtrNetwork network, TrainingListener listener) {
            epochsRun = epoch + 1;
            if (Double.isNaN(auc) || auc > bestAuc + 1e-4 || best == null) {
                if (!Double.isNaN(auc)) {
                    bestAuc = auc;
                }
                bestEpoch = epoch;
                best = RankerWeights.save(network);
                withoutGain = 0;
                return false;
            }
            withoutGain++;
            if (withoutGain >= Math.max(1, settings.patience())) {
                listener.message("stopping early after epoch " + (epoch + 1) + ": validation AUC has not improved for "
                        + withoutGain + " epochs; keeping epoch " + (bestEpoch + 1));
                return true;
            }
            return false;
        }
    }
}
