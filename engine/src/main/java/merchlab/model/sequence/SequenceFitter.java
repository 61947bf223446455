package merchlab.model.sequence;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.model.ranking.FullRankingEvaluation;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;
import merchlab.model.Devices;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.text.ProductVectors;

/**
 * The training loop: next-product or masked-product prediction over each shopper's history with full or sampled
 * softmax (negatives drawn by popularity, log-Q corrected: {@link NegativeSampler}), AdamW, the learning rate halved after a third of the patience without a better validation NDCG@10 and
 * training stopped after the whole patience, a checkpoint after every epoch, cancellation at every batch.
 *
 * <p>Repeatable: parameters start from the seed, and each epoch draws its batch order, id dropout, negatives and
 * dropout masks from a generator seeded by the seed and the epoch, so a resumed run continues as an uninterrupted one.
 */
final class SequenceFitter {
    static final String METRIC = "ndcg@10";
    private static final float MASKED = -1e9f;

    /** What training produced; {@code parameters} are the bytes of a saved model (see {@link SequenceModelFile}). */
    record Result(byte[] parameters, int epochs, int bestEpoch, Map<String, Double> validation, double trainLoss,
                  String device, double seconds, String softmax, long examples, int products, int dropped,
                  Batching batching) {
    }

    private NegativeSampler sampler;
    private final TrainingSettings training;
    private final SequenceSettings settings;
    private final TrainingListener listener;
    private final CancelToken cancel;
    private final Path checkpoint;

    /** @param checkpoint the checkpoint file, or null for none */
    SequenceFitter(TrainingSettings training, SequenceSettings settings, TrainingListener listener, CancelToken cancel,
                   Path checkpoint) {
        this.training = training.withAutomatic(10, 2);
        this.settings = settings;
        this.listener = listener;
        this.cancel = cancel;
        this.checkpoint = checkpoint;
    }

    Result fit(InteractionLog log, List<RankingCase> validation, ProductVectors catalog) {
        long started = System.nanoTime();
        TrainingData data = TrainingData.of(log, catalog);
        Device device = Devices.resolve(training.device());
        if (training.threads() > 0) {
            JniUtils.setNumThreads(training.threads());
        }
        int negatives = settings.negativesFor(data.size());
        sampler = new NegativeSampler(data.counts);
        String softmax = (settings.bidirectional() ? "masked-product prediction, " : "next-product prediction, ")
                + (negatives == 0 ? "full softmax over " + data.size() + " training products"
                : "sampled softmax, " + negatives + " negatives per batch drawn by popularity");
        listener.message("training the sequence model on " + Devices.name(device) + ": " + data.sequences.size()
                + " shoppers, " + data.size() + " products, " + softmax);
        if (data.dropped > 0) {
            listener.message(data.dropped + " interactions with products that have no text vector were left out");
        }
        List<RankingCase> cases = sample(validation);
        List<int[]> windows = data.windows(settings.maxHistory());
        Batching batching = Batching.of(training.batchSize(), windows.size());
        long key = key(data);
        try (NDManager root = NDManager.newBaseManager(device);
             SequenceNetwork network = SequenceNetwork.create(root, data.textDimension, data.counts, settings,
                     training.seed());
             AdamW adam = new AdamW(root, network.parameters(), training.learningRate(), settings.weightDecay())) {
            network.parameters().values().forEach(p -> p.setRequiresGradient(true));
            NDArray text = root.create(data.text, new Shape(data.size() + 1, data.textDimension));
            SequenceCheckpoint.Progress progress = resume(root, key, network, adam);
            long examples = 0;
            int epoch = progress.epoch() + 1;
            for (; epoch <= training.epochs() && progress.badEpochs() < Math.max(1, training.patience()); epoch++) {
                double[] outcome = epoch(epoch, windows, batching, data, text, network, adam, negatives);
                double loss = outcome[0];
                examples += (long) outcome[1];
                Map<String, Double> metrics = validate(network, catalog, data, cases);
                progress = next(progress, epoch, loss, adam.learningRate(), metrics, network);
                listener.epoch(epoch, loss, metrics);
                int bad = progress.badEpochs();
                if (bad > 0 && bad % decayAfter() == 0 && bad < Math.max(1, training.patience())) {
                    adam.setLearningRate(adam.learningRate() / 2);
                    progress = withRate(progress, adam.learningRate());
                    listener.message("no better " + METRIC + " for " + progress.badEpochs()
                            + " epochs: learning rate halved to " + (float) adam.learningRate());
                }
                if (checkpoint != null) {
                    SequenceCheckpoint.write(checkpoint, key, progress, network.parameterList(), adam.state());
                }
            }
            if (progress.badEpochs() >= Math.max(1, training.patience())) {
                listener.message("stopped early after epoch " + (epoch - 1) + ": best " + METRIC + " at epoch "
                        + progress.bestEpoch());
            }
            if (checkpoint != null) {
                SequenceCheckpoint.delete(checkpoint);
            }
            byte[] model;
            try (NDManager scratch = root.newSubManager()) {
                model = SequenceModelFile.write(data.products, data.counts,
                        NDList.decode(scratch, progress.bestParameters()));
            }
            return new Result(model, epoch - 1, progress.bestEpoch(), progress.bestValidation(),
                    progress.lastLoss(), Devices.name(device), (System.nanoTime() - started) / 1e9, softmax,
                    examples, data.size(), data.dropped, batching);
        }
    }

    /** Trains one epoch; returns its mean loss and the number of predicted products. */
    private double[] epoch(int epoch, List<int[]> windows, Batching batching, TrainingData data, NDArray text,
                           SequenceNetwork network, AdamW adam, int negatives) {
        Random random = new Random(training.seed() * 1_000_003L + epoch);
        Engine.getEngine("PyTorch").setRandomSeed((int) (training.seed() * 31 + epoch));
        List<List<int[]>> batches = new ArrayList<>();
        for (int pass = 0; pass < batching.passes(); pass++) {
            batches.addAll(batches(settings.bidirectional()
                    ? data.maskedExamples(settings.maxHistory(), random) : new ArrayList<>(windows), batching.size(),
                    random));
        }
        double total = 0;
        long targets = 0;
        for (int b = 0; b < batches.size(); b++) {
            cancel.check();
            Batch batch = settings.bidirectional()
                    ? Batch.masked(batches.get(b), settings.maskRate(), data.size() + 1, random)
                    : Batch.next(batches.get(b), settings.newOnly());
            if (batch.targets().length == 0) {
                continue;
            }
            double loss;
            try (NDManager step = text.getManager().newSubManager()) {
                loss = step(batch, step, data, text, network, adam, negatives, random);
            }
            if (!Double.isFinite(loss)) {
                throw new MerchLabException("training diverged in epoch " + epoch + " (the loss became " + loss
                        + "): lower the learning rate (now " + training.learningRate() + ")");
            }
            total += loss;
            targets += batch.targets().length;
            double done = ((epoch - 1) + (b + 1.0) / batches.size()) / training.epochs();
            listener.step(epoch, (long) (epoch - 1) * batches.size() + b + 1, loss, Math.min(1, done));
        }
        return new double[] {total / batches.size(), targets};
    }

    /**
     * Shuffles the examples into batches of similar length (sorted within groups of eight batches, then the batches
     * shuffled), so that little of each batch is padding.
     */
    private List<List<int[]>> batches(List<int[]> examples, int size, Random random) {
        Collections.shuffle(examples, random);
        List<List<int[]>> out = new ArrayList<>();
        for (int g = 0; g < examples.size(); g += size * 8) {
            List<int[]> group = new ArrayList<>(examples.subList(g, Math.min(examples.size(), g + size * 8)));
            group.sort(Comparator.comparingInt(e -> e.length));
            for (int b = 0; b < group.size(); b += size) {
                out.add(group.subList(b, Math.min(group.size(), b + size)));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    private double step(Batch batch, NDManager step, TrainingData data, NDArray text, SequenceNetwork network,
                        AdamW adam, int negatives, Random random) {
        network.attachTo(step);
        step.tempAttachAll(text);
        int products = data.size();
        float[] keep = new float[products + 1];
        for (int r = 0; r < keep.length; r++) {
            keep[r] = random.nextDouble() < settings.idDropout() ? 0 : 1;
        }
        long[] sampled = sampler.sample(random, negatives);
        float loss;
        try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
            NDArray all = step.arange(0, products + 1, 1, DataType.INT64);
            NDArray vectors = network.products(text, all, step.create(keep));
            NDArray inputs = network.bidirectional() ? vectors.concat(network.query(), 0) : vectors;
            NDArray history = inputs.get(step.create(batch.history(), new Shape(batch.size(), batch.length())));
            NDArray mask = step.create(batch.mask(), new Shape(batch.size(), batch.length()));
            float dropout = (float) settings.dropout();
            NDArray outputs = network.bidirectional() ? network.encodeLast(history, mask, true, dropout)
                    : network.encode(history, mask, true, dropout).reshape(-1, network.dimension())
                            .get(step.create(batch.positions()));
            NDArray owners = step.create(batch.owners());
            NDArray targets = step.create(batch.targets());
            NDArray weights = step.create(batch.weights());
            // the text vector of the product at each predicting position: the most recent one it has seen
            NDArray recent = network.hasTextSkip()
                    ? text.get(step.create(batch.history()).get(step.create(batch.positions()))) : null;
            NDArray picked;
            if (negatives == 0) {
                NDArray logits = outputs.matMul(vectors.get("1:").transpose());
                if (network.hasBias()) {
                    logits = logits.add(network.bias(all.get("1:")).expandDims(0));
                }
                if (recent != null) {
                    logits = logits.add(recent.matMul(text.get("1:").transpose()).mul(network.textScale()));
                }
                if (batch.known() != null) {
                    logits = logits.add(step.create(knownMask(batch.known(), products),
                            new Shape(batch.positions().length, products)));
                }
                NDArray flat = owners.mul(products).add(targets).sub(1);
                picked = logits.logSoftmax(1).reshape(-1).get(flat);
            } else {
                NDArray negativeRows = step.create(sampled);
                NDArray predicting = outputs.get(owners);
                NDArray positive = predicting.mul(vectors.get(targets)).sum(new int[] {1}, true);
                NDArray negative = predicting.matMul(vectors.get(negativeRows).transpose());
                if (network.hasBias()) {
                    positive = positive.add(network.bias(targets).expandDims(1));
                    negative = negative.add(network.bias(negativeRows).expandDims(0));
                }
                if (recent != null) {
                    NDArray seen = recent.get(owners);
                    positive = positive.add(seen.mul(text.get(targets)).sum(new int[] {1}, true)
                            .mul(network.textScale()));
                    negative = negative.add(seen.matMul(text.get(negativeRows).transpose()).mul(network.textScale()));
                }
                positive = positive.sub(step.create(sampler.logProbabilities(batch.targets())).expandDims(1));
                negative = negative.sub(step.create(sampler.logProbabilities(sampled)).expandDims(0));
                NDArray hits = targets.expandDims(1).eq(negativeRows.expandDims(0)).toType(DataType.FLOAT32, false);
                if (batch.known() != null) {
                    hits = hits.add(step.create(knownHits(batch, sampled), new Shape(batch.targets().length, negatives)));
                }
                NDArray logits = positive.concat(negative.add(hits.mul(MASKED)), 1);
                picked = logits.logSoftmax(1).get(":, 0");
            }
            NDArray value = picked.mul(weights).sum().neg();
            collector.backward(value);
            loss = value.getFloat();
        }
        JniUtils.setGradMode(false);
        if (Float.isFinite(loss)) {
            adam.update(network.parameters(), step);
        }
        return loss;
    }

    /** Additive logit mask [positions, products]: the known products of each predicting position are ruled out. */
    private static float[] knownMask(int[][] known, int products) {
        float[] mask = new float[known.length * products];
        for (int p = 0; p < known.length; p++) {
            for (int row : known[p]) {
                mask[p * products + row - 1] = MASKED;
            }
        }
        return mask;
    }

    /** For sampled negatives: 1 where a target's negative is one of its position's known products. */
    private static float[] knownHits(Batch batch, long[] sampled) {
        float[] hits = new float[batch.targets().length * sampled.length];
        for (int t = 0; t < batch.targets().length; t++) {
            java.util.Set<Long> known = new java.util.HashSet<>();
            for (int row : batch.known()[(int) batch.owners()[t]]) {
                known.add((long) row);
            }
            for (int k = 0; k < sampled.length; k++) {
                hits[t * sampled.length + k] = known.contains(sampled[k]) ? 1 : 0;
            }
        }
        return hits;
    }

    private Map<String, Double> validate(SequenceNetwork network, ProductVectors catalog, TrainingData data,
                                         List<RankingCase> cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        try (SequenceScorer scorer = new SequenceScorer(network, catalog, data.rows, data.counts)) {
            SequenceRecommender recommender = new SequenceRecommender("validation", scorer, List.of());
            recommender.prepare(cases.stream().map(RankingCase::history).toList());
            return new FullRankingEvaluation(catalog.productIds(), 10).evaluate(recommender, cases, cancel);
        }
    }

    private SequenceCheckpoint.Progress next(SequenceCheckpoint.Progress p, int epoch, double loss, double rate,
                                     Map<String, Double> metrics, SequenceNetwork network) {
        double value = metrics.getOrDefault(METRIC, Double.NaN);
        boolean noValidation = metrics.isEmpty();
        if (noValidation || value > p.best()) {
            return new SequenceCheckpoint.Progress(epoch, noValidation ? p.best() : value, epoch, 0, loss, rate, metrics,
                    network.parameterList().encode());
        }
        return new SequenceCheckpoint.Progress(epoch, p.best(), p.bestEpoch(), p.badEpochs() + 1, loss, rate,
                p.bestValidation(), p.bestParameters());
    }

    private static SequenceCheckpoint.Progress withRate(SequenceCheckpoint.Progress p, double rate) {
        return new SequenceCheckpoint.Progress(p.epoch(), p.best(), p.bestEpoch(), p.badEpochs(), p.lastLoss(), rate,
                p.bestValidation(), p.bestParameters());
    }

    /** Epochs without improvement after which the learning rate halves: a third of the patience, at least 2. */
    private int decayAfter() {
        return Math.max(2, training.patience() / 3);
    }

    private SequenceCheckpoint.Progress resume(NDManager root, long key, SequenceNetwork network, AdamW adam) {
        SequenceCheckpoint.Progress fresh = new SequenceCheckpoint.Progress(0, Double.NEGATIVE_INFINITY, 0, 0, Double.NaN,
                training.learningRate(), Map.of(), network.parameterList().encode());
        if (checkpoint == null || !settings.resume()) {
            return fresh;
        }
        try (NDManager scratch = root.newSubManager()) {
            Optional<SequenceCheckpoint.Saved> saved = SequenceCheckpoint.read(checkpoint, key, scratch);
            if (saved.isEmpty()) {
                listener.message("no checkpoint at " + checkpoint + ": starting from scratch");
                return fresh;
            }
            for (NDArray a : saved.get().parameters()) {
                NDArray target = network.parameters().get(a.getName());
                if (target == null || !target.getShape().equals(a.getShape())) {
                    throw new MerchLabException("the checkpoint at " + checkpoint + " holds a network of another shape"
                            + " than this run's (" + a.getName() + "): train without --resume (or delete it)");
                }
                a.copyTo(target);
            }
            adam.restore(saved.get().optimiser());
            adam.setLearningRate(saved.get().progress().learningRate());
            listener.message("resumed from the checkpoint after epoch " + saved.get().progress().epoch());
            return saved.get().progress();
        }
    }

    /** The validation cases scored each epoch: all of them, or a seeded sample of the configured size. */
    private List<RankingCase> sample(List<RankingCase> validation) {
        if (validation.size() <= settings.validationShoppers()) {
            return validation;
        }
        List<RankingCase> copy = new ArrayList<>(validation);
        Collections.shuffle(copy, new Random(training.seed()));
        return copy.subList(0, settings.validationShoppers());
    }

    /** Identifies the data and settings a checkpoint belongs to. */
    private long key(TrainingData data) {
        long h = 1125899906842597L;
        h = 31 * h + training.asMap().toString().hashCode();
        h = 31 * h + settings.withResume(true).asMap().toString().hashCode();
        h = 31 * h + data.products.hashCode();
        for (int[] seq : data.sequences) {
            h = 31 * h + java.util.Arrays.hashCode(seq);
        }
        return h;
    }
}
