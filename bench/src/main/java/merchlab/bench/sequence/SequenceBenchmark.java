package merchlab.bench.sequence;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;
import merchlab.eval.protocol.ColdStartSplit;
import merchlab.eval.protocol.ProtocolSplit;
import merchlab.eval.protocol.RandomSplit;
import merchlab.features.ShopCatalog;
import merchlab.features.WorkspaceBehaviour;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.model.ranking.FullRankingEvaluation;
import merchlab.model.sequence.SequenceRecommender;
import merchlab.model.sequence.SequenceSettings;
import merchlab.model.sequence.SequenceTrainer;
import merchlab.store.EmbeddingStore;
import merchlab.store.SavedModel;
import merchlab.text.ProductVectors;
import merchlab.workspace.Workspace;

/**
 * The sequence recommender's benchmark on MovieLens-100k, imported and encoded into a workspace as a user would:
 * RecBole's random 80/10/10 protocol with full ranking next to RecBole's published BPR figures, and cold start on
 * movies held out of training, each beside the baselines trained on the same training interactions. Prints one JSON
 * document on standard output and progress on standard error.
 *
 * <p>Usage: {@code ./merchlab bench-sequence [--data DIR] [--workspace FILE] [--encoder en] [--part anchor|cold|all] [--seed S]
 * [--epochs N] [--lr X] [--batch N] [--patience N] [--threads N] [--cold-share X] [--set KEY=VALUE ...]}, where
 * {@code --set} takes the sequence options of {@code merchlab train --model sequence}. The defaults are the settings
 * tuned on the validation split.
 */
public final class SequenceBenchmark {
    /** RecBole's published BPR on ml-100k, random 80/10/10 per user, full ranking. */
    static final Map<String, Double> RECBOLE_BPR = Map.of("ndcg@10", 0.2768, "recall@10", 0.2368,
            "mrr@10", 0.4519, "hit@10", 0.7614, "precision@10", 0.1901);
    /** The sequence settings tuned on the validation split of the anchor. */
    static final Map<String, String> TUNED = Map.of("objective", "masked", "mask-rate", "0.2", "dim", "64",
            "layers", "1", "heads", "2", "history", "200", "dropout", "0", "id-dropout", "0");

    private final Map<String, String> options;
    private final Map<String, String> sequenceOptions;

    SequenceBenchmark(Map<String, String> options, Map<String, String> sequenceOptions) {
        this.options = options;
        this.sequenceOptions = sequenceOptions;
    }

    Map<String, Object> run() throws IOException {
        long started = System.nanoTime();
        Path data = Path.of(options.getOrDefault("data", "../shared/data/movielens-100k"));
        Path file = options.containsKey("workspace") ? Path.of(options.get("workspace"))
                : Files.createTempDirectory("merchlab-sequence-bench").resolve("ml-100k.db");
        Workspace ws = Files.exists(file) ? Workspace.open(file)
                : MovieLensWorkspace.build(data, file, options.getOrDefault("encoder", "en"));
        InteractionLog log = new WorkspaceBehaviour(ws, () -> ShopCatalog.load(ws)).interactions();
        String encoder = new EmbeddingStore(ws).encoder().orElseThrow(
                () -> new MerchLabException(file + " has no encoded products"));
        ProductVectors vectors = ProductVectors.read(new EmbeddingStore(ws), encoder);
        long seed = Long.parseLong(options.getOrDefault("seed", "2020"));
        TrainingSettings training = new TrainingSettings(integer("epochs", 300), integer("batch", 64),
                real("lr", 2e-3), integer("patience", 15), seed, "cpu", integer("threads", 0));
        SequenceSettings settings = SequenceSettings.defaults().withOptions(sequenceOptions).withResume(false);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("data", "MovieLens-100k imported from RecBole's atomic files: " + log.size() + " interactions, "
                + log.shoppers().size() + " shoppers, " + vectors.size() + " movies");
        report.put("encoder", encoder);
        report.put("training", training.asMap());
        report.put("sequence", settings.asMap());
        Baselines baselines = new Baselines(ws);
        String part = options.getOrDefault("part", "all");
        if (!part.equals("cold")) {
            report.put("anchor", anchor(log, vectors, training, settings, seed, baselines));
        }
        if (!part.equals("anchor")) {
            report.put("coldStart", coldStart(log, vectors, training, settings, seed, baselines));
        }
        report.put("seconds", (System.nanoTime() - started) / 1e9);
        return report;
    }

    private Map<String, Object> anchor(InteractionLog log, ProductVectors vectors, TrainingSettings training,
                                       SequenceSettings settings, long seed, Baselines baselines) {
        ProtocolSplit split = new RandomSplit(seed).split(log);
        FullRankingEvaluation evaluation = new FullRankingEvaluation(vectors.productIds());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("protocol", split.protocol() + ": each shopper's interactions shuffled with seed " + seed
                + " and cut 80/10/10; full ranking over all " + vectors.size() + " movies without the shopper's"
                + " training movies (and validation movies at test)");
        out.put("testShoppers", split.test().size());
        SavedModel model = train(split, vectors, training, settings);
        Map<String, Object> results = new LinkedHashMap<>();
        try (SequenceRecommender sequence = SequenceRecommender.open(model, vectors)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("validation", evaluate(evaluation, sequence, split.validation()));
            entry.put("test", evaluate(evaluation, sequence, split.test()));
            entry.put("training", model.metrics());
            entry.put("epochsRun", model.settings().get("epochsRun"));
            entry.put("bestEpoch", model.settings().get("bestEpoch"));
            entry.put("objective", model.settings().get("training"));
            results.put("sequence", entry);
        }
        baselines.evaluate(split.training(), List.of(evaluation), List.of("test"), split.test(), results);
        out.put("results", results);
        out.put("recboleBpr", RECBOLE_BPR);
        return out;
    }

    private Map<String, Object> coldStart(InteractionLog log, ProductVectors vectors, TrainingSettings training,
                                          SequenceSettings settings, long seed, Baselines baselines) {
        ColdStartSplit protocol = new ColdStartSplit(real("cold-share", 0.15), seed);
        ProtocolSplit split = protocol.split(log);
        List<String> cold = protocol.coldProducts(log);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("protocol", "cold-start: " + cold.size() + " of " + vectors.size() + " movies (seed " + seed
                + ") removed from training; each shopper's other movies are the history, the held-out movies the"
                + " shopper rated are relevant; ranked among the held-out movies and among all movies");
        out.put("testShoppers", split.test().size());
        SavedModel model = train(split, vectors, training, settings);
        List<FullRankingEvaluation> evaluations = List.of(new FullRankingEvaluation(cold),
                new FullRankingEvaluation(vectors.productIds()));
        List<String> names = List.of("amongHeldOut", "amongAll");
        Map<String, Object> results = new LinkedHashMap<>();
        try (SequenceRecommender sequence = SequenceRecommender.open(model, vectors)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                entry.put(names.get(i), evaluate(evaluations.get(i), sequence, split.test()));
            }
            entry.put("training", model.metrics());
            results.put("sequence", entry);
        }
        baselines.evaluate(split.training(), evaluations, names, split.test(), results);
        out.put("results", results);
        return out;
    }

    private static Map<String, Double> evaluate(FullRankingEvaluation evaluation, SequenceRecommender r,
                                                List<RankingCase> cases) {
        r.prepare(cases.stream().map(RankingCase::history).toList());
        return evaluation.evaluate(r, cases);
    }

    private SavedModel train(ProtocolSplit split, ProductVectors vectors, TrainingSettings training,
                             SequenceSettings settings) {
        long cpu = processCpuNanos();
        SavedModel model = new SequenceTrainer(settings).train(split.training(), split.validation(), vectors,
                training, new StderrProgress(), CancelToken.none(), null);
        Map<String, Double> metrics = new LinkedHashMap<>(model.metrics());
        metrics.put("cpuSeconds", (processCpuNanos() - cpu) / 1e9);
        return model.withMetrics(metrics);
    }

    /** CPU time of this process: on a shared machine, wall time says little about the cost of training. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private int integer(String key, int fallback) {
        return options.containsKey(key) ? Integer.parseInt(options.get(key)) : fallback;
    }

    private double real(String key, double fallback) {
        return options.containsKey(key) ? Double.parseDouble(options.get(key)) : fallback;
    }

    /** Prints epoch summaries and messages to standard error. */
    private static final class StderrProgress implements TrainingListener {
        @Override
        public void epoch(int epoch, double trainLoss, Map<String, Double> validation) {
            System.err.printf("epoch %d loss %.4f validation ndcg@10 %.4f%n", epoch, trainLoss,
                    validation.getOrDefault("ndcg@10", Double.NaN));
        }

        @Override
        public void message(String text) {
            System.err.println(text);
        }
    }
}
