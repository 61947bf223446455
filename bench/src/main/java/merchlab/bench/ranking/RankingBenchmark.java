package merchlab.bench.ranking;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import merchlab.CancelToken;
import merchlab.eval.temporal.TemporalEvaluation;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.Recommender;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.scoring.CandidateSource;
import merchlab.scoring.ShopScorer;
import merchlab.scoring.Sources;
import merchlab.store.EvaluationStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.store.ShopperStore;
import merchlab.text.TextEncoder;
import merchlab.workspace.Workspace;

/**
 * Trains the ranker and every baseline on a workspace's logs before the temporal cut-off, evaluates them, and times
 * top-10 recommendations for single shoppers; prints one markdown report with speed, quality and memory side by side.
 *
 * <p>{@code ./merchlab bench-ranking WORKSPACE [--epochs N] [--batch N] [--reuse]}; the workspace must be imported and
 * encoded.
 */
public final class RankingBenchmark {
    private final Workspace workspace;
    private final java.util.function.Supplier<TextEncoder> encoder;
    private final StringBuilder report = new StringBuilder();

    public RankingBenchmark(Workspace workspace, java.util.function.Supplier<TextEncoder> encoder) {
        this.workspace = workspace;
        this.encoder = encoder;
    }

    /** Runs everything and returns the markdown report. */
    public String run(TrainingSettings settings) {
        ModelKinds kinds = ModelKinds.installed();
        ModelStore store = new ModelStore(workspace);
        try (ShopData data = new ShopData(workspace, encoder)) {
            TemporalSplit split = TemporalSplit.of(data);
            line("## Ranking benchmark: " + workspace.file().getFileName());
            line("");
            line(String.format(Locale.ROOT, "catalog %d products; temporal cut-off %s; %d cores; max heap %d MiB",
                    data.catalog().size(), java.time.Instant.ofEpochMilli(split.cutoff()),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
            line("");
            line("| step | seconds | figures |");
            line("|---|---:|---|");
            long t = System.nanoTime();
            java.util.List<String> queries = new ArrayList<>(data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE).queries().names());
            data.queries().ensure(queries);
            line(String.format(Locale.ROOT, "| embed the logs' %,d distinct queries (cached in the workspace after the "
                    + "first run) | %.1f | resident %s MiB |", queries.size(), seconds(t), residentMiB("VmRSS:")));
            EpochClock clock = new EpochClock();
            t = System.nanoTime();
            SavedModel ranker = new ModelTraining(kinds, store).train("ranker", new ModelTraining.TrainingJobSpec(data,
                    settings, split.trainingWindow(), Map.of(), null, null, false), clock, CancelToken.none());
            double trainSeconds = seconds(t);
            Map<String, Double> m = ranker.metrics();
            line(String.format(Locale.ROOT, "| train ranker (%s, %d epochs run, batch %d) | %.1f | %,.0f examples/s; "
                            + "%,.0f training examples; validation AUC %.4f vs oracle %s; target (oracle - 0.01) reached "
                            + "after %s s |", ranker.name(), m.get("epochs").intValue(), settings.batchSize(), trainSeconds,
                    m.get("examples_per_second"), m.get("train_examples"), m.get("validation_auc"),
                    fmt(m.get("validation_oracle_auc")), fmt(m.get("seconds_to_target"))));
            line("| epochs (validation AUC at seconds since start) | | " + clock.trace() + "; resident "
                    + residentMiB("VmRSS:") + " MiB |");
            for (String kind : List.of("popularity", "cooccurrence", "semantic")) {
                for (Map<String, String> options : kinds.get(kind).baselineVariants()) {
                    t = System.nanoTime();
                    SavedModel b = new ModelTraining(kinds, store).train(kind, new ModelTraining.TrainingJobSpec(data,
                            settings, split.trainingWindow(), options, null, null, false), TrainingListener.NONE,
                            CancelToken.none());
                    line(String.format(Locale.ROOT, "| train %s | %.1f | |", b.name(), seconds(t)));
                }
            }
            t = System.nanoTime();
            TemporalEvaluation.Report ev = new TemporalEvaluation(data, kinds, store, new EvaluationStore(workspace))
                    .run(split, null, TrainingListener.NONE, CancelToken.none());
            line(String.format(Locale.ROOT, "| full temporal evaluation (%d models, %.0f test impressions) | %.1f | |",
                    ev.results().size(), ev.results().get(0).metrics().get("test_impressions"), seconds(t)));
            line("| resident after evaluation | | " + residentMiB("VmRSS:") + " MiB |");
            latency(data, kinds, store, ranker);
            line(String.format(Locale.ROOT, "| peak memory | | Java heap %d MiB, process resident %s MiB |",
                    peakHeapMiB(), residentMiB("VmHWM:")));
            line("");
            quality(ev);
        }
        return report.toString();
    }

    /** Times recommendations with the newest saved ranker only. */
    public String latencyOnly() {
        ModelKinds kinds = ModelKinds.installed();
        ModelStore store = new ModelStore(workspace);
        try (ShopData data = new ShopData(workspace, encoder)) {
            line("| step | seconds | figures |");
            line("|---|---:|---|");
            latency(data, kinds, store, store.latest("ranker").orElseThrow());
            line(String.format(Locale.ROOT, "| peak memory | | Java heap %d MiB, process resident %s MiB |",
                    peakHeapMiB(), residentMiB("VmHWM:")));
        }
        return report.toString();
    }

    private void latency(ShopData data, ModelKinds kinds, ModelStore store, SavedModel ranker) {
        List<String> shoppers = shoppersWithHistory(data, 300);
        try (Recommender model = kinds.open(store.load(ranker.name()), data)) {
            List<CandidateSource> sources = new ArrayList<>(List.of(Sources.semantic(data),
                    Sources.popular(data, ShopScorer.PER_SOURCE)));
            store.latest("cooccurrence").ifPresent(c -> sources.add(
                    Sources.related((merchlab.model.RelatedProducts) kinds.open(c, data))));
            ShopScorer scorer = new ShopScorer(data, model, sources, ShopScorer.PER_SOURCE);
            Context context = new Context("mobile", 20, 3);
            for (int i = 0; i < 30; i++) {
                scorer.recommend(shoppers.get(i % shoppers.size()), context, 10);
            }
            double[] ms = new double[shoppers.size()];
            for (int i = 0; i < shoppers.size(); i++) {
                long t = System.nanoTime();
                scorer.recommend(shoppers.get(i), context, 10);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            line(String.format(Locale.ROOT, "| top-10 recommendations for one shopper over %,d products (%d shoppers "
                            + "after 30 warm-up calls) | | median %.1f ms, p90 %.1f ms, max %.1f ms |",
                    data.catalog().size(), ms.length, ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[ms.length - 1]));
        }
    }

    private static List<String> shoppersWithHistory(ShopData data, int n) {
        List<String> all = new ShopperStore(data.workspace()).shoppersWhoClickedOrBought();
        java.util.Collections.shuffle(all, new Random(1));
        return all.subList(0, Math.min(n, all.size()));
    }

    private void quality(TemporalEvaluation.Report ev) {
        String[] cols = {"auc", "logloss", "ece", "ndcg@10", "mrr@10", "recall@5"};
        line("| model | kind | " + String.join(" | ", cols) + " |");
        line("|---|---|" + "---:|".repeat(cols.length));
        for (TemporalEvaluation.Result r : ev.results()) {
            row(r.model(), r.kind(), r.metrics(), cols);
        }
        if (ev.oracle() != null) {
            row("oracle", "true CTR", ev.oracle(), cols);
        }
    }

    private void row(String model, String kind, Map<String, Double> metrics, String[] cols) {
        StringBuilder b = new StringBuilder("| " + model + " | " + kind + " |");
        for (String c : cols) {
            b.append(' ').append(fmt(metrics.get(c))).append(" |");
        }
        line(b.toString());
    }

    private static String fmt(Double v) {
        return v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    private void line(String s) {
        report.append(s).append('\n');
        System.err.println(s);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /** A memory figure of this process from /proc (VmRSS: now, VmHWM: peak), in MiB. */
    private static String residentMiB(String field) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith(field)) {
                    return String.valueOf(Long.parseLong(l.replaceAll("\\D", "")) >> 10);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "-";
        }
        return "-";
    }

    /** Records the validation AUC of every epoch with the time it was reached. */
    private static final class EpochClock implements TrainingListener {
        private final long start = System.nanoTime();
        private final List<String> points = new ArrayList<>();

        @Override
        public void epoch(int epoch, double trainLoss, Map<String, Double> validation) {
            points.add(String.format(Locale.ROOT, "%d: %.4f at %.0f s", epoch, validation.getOrDefault("auc", Double.NaN),
                    (System.nanoTime() - start) / 1e9));
            System.err.println("epoch " + points.get(points.size() - 1));
        }

        @Override
        public void message(String text) {
            System.err.println(text);
        }

        String trace() {
            return String.join("; ", points);
        }
    }

}
