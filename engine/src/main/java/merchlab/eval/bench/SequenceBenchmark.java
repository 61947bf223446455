package merchlab.eval.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.eval.protocol.ColdStartSplit;
import merchlab.eval.protocol.FullRankingEvaluation;
import merchlab.eval.protocol.InteractionLog;
import merchlab.eval.protocol.ProtocolSplit;
import merchlab.eval.protocol.RandomSplit;
import merchlab.model.Recommender;
import merchlab.model.SavedModel;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.model.sequence.SequenceRecommender;
import merchlab.model.sequence.SequenceSettings;
import merchlab.model.sequence.SequenceTrainer;
import merchlab.text.ProductVectors;
import merchlab.text.TextEncoder;

/**
 * The sequence recommender's benchmark on MovieLens-100k: RecBole's random 80/10/10 protocol with full ranking next to
 * RecBole's published BPR figures, and cold start on held-out movies against popularity and co-occurrence. Prints one
 * JSON document on standard output and progress on standard error.
 *
 * <p>Usage: {@code SequenceBenchmark [--data DIR] [--part anchor|cold|all] [--seed S] [--epochs N] [--lr X]
 * [--batch N] [--patience N] [--dim N] [--layers N] [--heads N] [--history N] [--objective next|masked]
 * [--mask-rate X] [--dropout X] [--id-dropout X] [--weight-decay X] [--negatives N] [--no-id] [--cold-share X]
 * [--threads N] [--text-dim N]}; the defaults are the settings tuned on the validation split.
 */
public final class SequenceBenchmark {
    /** RecBole's published BPR on ml-100k, random 80/10/10 per user, full ranking. */
    static final Map<String, Double> RECBOLE_BPR = Map.of("ndcg@10", 0.2768, "recall@10", 0.2368,
            "mrr@10", 0.4519, "hit@10", 0.7614, "precision@10", 0.1901);

    private final Map<String, String> options;

    SequenceBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        try {
            Map<String, Object> report = new SequenceBenchmark(parse(args)).run();
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report));
        } catch (MerchLabException e) {
            System.err.println("sequence benchmark: " + e.getMessage());
            System.exit(1);
        }
    }

    Map<String, Object> run() {
        Path data = Path.of(options.getOrDefault("data", "../shared/data/movielens-100k"));
        MovieLensFiles files = new MovieLensFiles(data);
        InteractionLog log = files.interactions();
        ProductVectors vectors = encode(files.movies());
        long seed = Long.parseLong(options.getOrDefault("seed", "2020"));
        TrainingSettings training = new TrainingSettings(integer("epochs", 300), integer("batch", 64),
                real("lr", 2e-3), integer("patience", 15), seed, "cpu", integer("threads", 0));
        SequenceSettings settings = SequenceSettings.defaults()
                .withShape(integer("dim", 64), integer("layers", 1), integer("heads", 2), integer("history", 200))
                .withRegularisation(real("dropout", 0.0), real("id-dropout", 0.0), real("weight-decay", 0.0))
                .withNegatives(integer("negatives", 0)).withIdEmbedding(!options.containsKey("no-id"))
                .withObjective(options.getOrDefault("objective", SequenceSettings.MASKED), real("mask-rate", 0.2));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("data", "MovieLens-100k (RecBole atomic files): " + log.size() + " interactions, "
                + log.shoppers().size() + " shoppers, " + vectors.size() + " movies");
        report.put("encoder", vectors.encoder());
        report.put("training", training.asMap());
        report.put("sequence", settings.asMap());
        String part = options.getOrDefault("part", "all");
        if (!part.equals("cold")) {
            report.put("anchor", anchor(log, vectors, training, settings, seed));
        }
        if (!part.equals("anchor")) {
            report.put("coldStart", coldStart(log, vectors, training, settings, seed));
        }
        return report;
    }

    private Map<String, Object> anchor(InteractionLog log, ProductVectors vectors, TrainingSettings training,
                                       SequenceSettings settings, long seed) {
        ProtocolSplit split = new RandomSplit(seed).split(log);
        FullRankingEvaluation evaluation = new FullRankingEvaluation(vectors.productIds());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("protocol", split.protocol() + " (per-shopper shuffle with seed " + seed + ", full ranking over "
                + vectors.size() + " movies, training movies excluded; validation movies also excluded at test)");
        out.put("testShoppers", split.test().size());
        SavedModel model = train(split, vectors, training, settings);
        Map<String, Object> results = new LinkedHashMap<>();
        try (SequenceRecommender sequence = SequenceRecommender.open(model, vectors)) {
            results.put("sequence", evaluate(evaluation, sequence, split, model));
        }
        results.put("popularity", evaluate(evaluation, new PopularityComparator(split.training()), split, null));
        results.put("cooccurrence", evaluate(evaluation, new CooccurrenceComparator(split.training()), split, null));
        out.put("results", results);
        out.put("recboleBpr", RECBOLE_BPR);
        return out;
    }

    private Map<String, Object> coldStart(InteractionLog log, ProductVectors vectors, TrainingSettings training,
                                          SequenceSettings settings, long seed) {
        ColdStartSplit protocol = new ColdStartSplit(real("cold-share", 0.15), seed);
        ProtocolSplit split = protocol.split(log);
        List<String> cold = protocol.coldProducts(log);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("protocol", "cold-start: " + cold.size() + " of " + vectors.size() + " movies (seed " + seed
                + ") removed from training; each shopper's warm history ranks the held-out movies");
        out.put("testShoppers", split.test().size());
        SavedModel model = train(split, vectors, training, settings);
        FullRankingEvaluation amongCold = new FullRankingEvaluation(cold);
        FullRankingEvaluation amongAll = new FullRankingEvaluation(vectors.productIds());
        Map<String, Object> results = new LinkedHashMap<>();
        List<Recommender> recommenders = new ArrayList<>();
        try (SequenceRecommender sequence = SequenceRecommender.open(model, vectors)) {
            sequence.prepare(split.test().stream().map(c -> c.history()).toList());
            recommenders.add(sequence);
            recommenders.add(new PopularityComparator(split.training()));
            recommenders.add(new CooccurrenceComparator(split.training()));
            for (Recommender r : recommenders) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("amongHeldOut", amongCold.evaluate(r, split.test()));
                entry.put("amongAll", amongAll.evaluate(r, split.test()));
                results.put(r.name().equals(model.name()) ? "sequence" : r.kind(), entry);
            }
        }
        out.put("results", results);
        out.put("sequenceTraining", model.metrics());
        return out;
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

    private static Map<String, Object> evaluate(FullRankingEvaluation evaluation, Recommender r, ProtocolSplit split,
                                                SavedModel model) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (model != null && r instanceof SequenceRecommender s) {
            s.prepare(split.validation().stream().map(c -> c.history()).toList());
            entry.put("validation", evaluation.evaluate(r, split.validation()));
            s.prepare(split.test().stream().map(c -> c.history()).toList());
        } else {
            entry.put("validation", evaluation.evaluate(r, split.validation()));
        }
        long started = System.nanoTime();
        entry.put("test", evaluation.evaluate(r, split.test()));
        entry.put("testSeconds", (System.nanoTime() - started) / 1e9);
        if (model != null) {
            entry.put("training", model.metrics());
            entry.put("epochsRun", model.settings().get("epochsRun"));
            entry.put("bestEpoch", model.settings().get("bestEpoch"));
            entry.put("objective", model.settings().get("training"));
        }
        return entry;
    }

    private ProductVectors encode(Map<String, String> movies) {
        List<String> ids = new ArrayList<>(movies.keySet());
        ids.sort(null);
        try (TextEncoder encoder = new HashingTextEncoder(integer("text-dim", 256))) {
            List<float[]> v = encoder.encode(ids.stream().map(movies::get).toList());
            float[] matrix = new float[ids.size() * encoder.dimension()];
            for (int i = 0; i < v.size(); i++) {
                System.arraycopy(v.get(i), 0, matrix, i * encoder.dimension(), encoder.dimension());
            }
            return new ProductVectors(encoder.name(), encoder.dimension(), ids, matrix);
        }
    }

    private int integer(String key, int fallback) {
        return options.containsKey(key) ? Integer.parseInt(options.get(key)) : fallback;
    }

    private double real(String key, double fallback) {
        return options.containsKey(key) ? Double.parseDouble(options.get(key)) : fallback;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new MerchLabException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                out.put(key, args[++i]);
            } else {
                out.put(key, "true");
            }
        }
        return out;
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
