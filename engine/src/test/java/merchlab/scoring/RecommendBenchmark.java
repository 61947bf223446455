package merchlab.scoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.features.ShopData;
import merchlab.fixtures.FakeTextEncoder;
import merchlab.fixtures.SyntheticShop;
import merchlab.model.Context;
import merchlab.model.DataWindow;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.Recommender;
import merchlab.model.RelatedProducts;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;

/**
 * Benchmark, not a test: top-10 recommendations for one shopper over a large synthetic catalog, as the
 * {@code recommend} command makes them (semantic neighbours of the shopper's history, popular and co-occurring
 * products as candidates, re-ranked by the newest ranker).
 *
 * <p>{@code RecommendBenchmark FILE [products] [rounds] [dimension]}: writes the synthetic shop to FILE when it does
 * not exist yet and trains a co-occurrence model and a ranker on it (two epochs), then times {@code rounds}
 * recommendations for different shoppers after 30 warm-up ones, printing median, p90 and peak resident memory.
 */
public final class RecommendBenchmark {
    private RecommendBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int dimension = args.length > 3 ? Integer.parseInt(args[3]) : 384;
        long t = System.nanoTime();
        boolean fresh = !Files.exists(file);
        if (fresh) {
            SyntheticShop shop = new SyntheticShop();
            shop.products = products;
            shop.shoppers = 2_000;
            shop.days = 10;
            shop.requestsPerDay = 600;
            shop.dimension = dimension;
            shop.write(file);
            System.out.printf(Locale.ROOT, "wrote %s (%d products, %d-d vectors) in %.1f s%n", file, products,
                    dimension, seconds(t));
        }
        Workspace ws = Workspace.open(file);
        ModelKinds kinds = ModelKinds.installed();
        ModelStore store = new ModelStore(ws);
        try (ShopData data = new ShopData(ws, () -> new FakeTextEncoder(dimension))) {
            if (store.latest("ranker").isEmpty()) {
                TrainingSettings settings = TrainingSettings.defaults().withEpochs(2).withDevice("cpu");
                for (String kind : List.of("cooccurrence", "ranker")) {
                    t = System.nanoTime();
                    new ModelTraining(kinds, store).train(kind, new ModelTraining.TrainingJobSpec(data, settings,
                            new DataWindow(Long.MIN_VALUE, Long.MAX_VALUE), Map.of(), null, null, false),
                            TrainingListener.NONE, CancelToken.none());
                    System.out.printf(Locale.ROOT, "trained %s in %.1f s%n", kind, seconds(t));
                }
            }
            t = System.nanoTime();
            SavedModel saved = store.latest("ranker").orElseThrow();
            Recommender model = kinds.open(store.load(saved.name()), data);
            List<CandidateSource> sources = new ArrayList<>(List.of(Sources.semantic(data), Sources.lexical(data),
                    Sources.popular(data, ShopScorer.PER_SOURCE)));
            store.latest("cooccurrence").ifPresent(m -> sources.add(
                    Sources.related((RelatedProducts) kinds.open(store.load(m.name()), data))));
            ShopScorer scorer = new ShopScorer(data, model, sources, ShopScorer.PER_SOURCE);
            System.out.printf(Locale.ROOT, "opened %d products and the ranker in %.1f s%n", data.catalog().size(),
                    seconds(t));
            List<String> shoppers = shoppers(ws);
            Context context = new Context("mobile", 20, 6);
            int warmUp = 30;
            double[] ms = new double[rounds];
            double[] cpu = new double[rounds];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            int candidates = 0;
            for (int i = 0; i < warmUp + rounds; i++) {
                String shopper = shoppers.get((i * 7919) % shoppers.size());
                long s = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                List<ScoredProduct> top = scorer.recommend(shopper, context, 10);
                double took = (System.nanoTime() - s) / 1e6;
                double tookCpu = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                if (top.size() != Math.min(10, data.catalog().size())) {
                    throw new IllegalStateException("got " + top.size() + " recommendations");
                }
                if (i >= warmUp) {
                    ms[i - warmUp] = took;
                    cpu[i - warmUp] = tookCpu;
                    candidates += scorer.candidates(scorer.request(shopper, null, context), ShopScorer.PER_SOURCE)
                            .size();
                }
            }
            breakdown(scorer, sources, model, shoppers, context, rounds);
            Arrays.sort(ms);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "top-10 for one shopper over %d products: median %.2f ms, p90 %.2f ms, "
                            + "max %.2f ms (%d rounds after %d warm-up, %.0f candidates scored on average)%n",
                    data.catalog().size(), ms[rounds / 2], ms[(int) (rounds * 0.9)], ms[rounds - 1], rounds, warmUp,
                    candidates / (double) rounds);
            System.out.printf(Locale.ROOT, "CPU time of the calling thread per recommendation: median %.2f ms, p90 %.2f ms"
                    + " (load average %.1f)%n", cpu[rounds / 2], cpu[(int) (rounds * 0.9)],
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("peak resident memory " + peakRss() + " MiB, heap used "
                    + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20) + " MiB");
        }
    }

    /** Median time of each step of a recommendation: reading the history, each source, and scoring. */
    private static void breakdown(ShopScorer scorer, List<CandidateSource> sources, Recommender model,
                                  List<String> shoppers, Context context, int rounds) {
        double[][] ms = new double[sources.size() + 4][rounds];
        for (int i = 0; i < rounds; i++) {
            String shopper = shoppers.get((i * 7919 + 13) % shoppers.size());
            long t = System.nanoTime();
            merchlab.model.ScoringRequest request = scorer.request(shopper, null, context);
            ms[0][i] = (System.nanoTime() - t) / 1e6;
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
            for (int s = 0; s < sources.size(); s++) {
                t = System.nanoTime();
                all.addAll(sources.get(s).candidates(request, ShopScorer.PER_SOURCE));
                ms[s + 1][i] = (System.nanoTime() - t) / 1e6;
            }
            t = System.nanoTime();
            model.score(request, new ArrayList<>(all));
            ms[sources.size() + 1][i] = (System.nanoTime() - t) / 1e6;
            if (model instanceof merchlab.model.ranker.RankerModel ranker) {
                t = System.nanoTime();
                float[] rows = ranker.features(request, new ArrayList<>(all));
                ms[sources.size() + 2][i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                ranker.predict(rows);
                ms[sources.size() + 3][i] = (System.nanoTime() - t) / 1e6;
            }
        }
        StringBuilder b = new StringBuilder("median per step: history");
        for (int s = 0; s < ms.length; s++) {
            Arrays.sort(ms[s]);
            String name = s == 0 ? "" : s <= sources.size() ? sources.get(s - 1).name()
                    : new String[] {"ranker scoring", "of which feature rows", "and network"}[s - sources.size() - 1];
            b.append(String.format(Locale.ROOT, "%s %.2f ms", s == 0 ? "" : ", " + name, ms[s][rounds / 2]));
        }
        System.out.println(b);
    }

    /** Shoppers with logged events, in id order. */
    private static List<String> shoppers(Workspace ws) {
        List<String> out = new ArrayList<>();
        try (java.sql.Connection c = ws.connect(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT DISTINCT user_id FROM events WHERE user_id IS NOT NULL "
                     + "ORDER BY user_id LIMIT 10000")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** VmHWM of this process in MiB, or -1 where /proc is not available. */
    static long peakRss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }
}
