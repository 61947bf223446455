package merchlab.bench.explain;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import merchlab.MerchLabException;
import merchlab.explain.Explanation;
import merchlab.explain.RankerExplainer;
import merchlab.features.EventLog;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.ScoringRequest;
import merchlab.model.ranker.RankerKind;
import merchlab.model.ranker.RankerModel;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Times explanations with a workspace's newest ranker: {@code ./merchlab bench-explain WORKSPACE [--rounds N]}. For 20 visits of
 * the logs (shopper, history before the visit, query, device, hour), explains one product and the top-10 list (the
 * ten best-scored of 200 candidates), and prints
 * the median and 90th percentile of wall time after warm-up, the median CPU time of the explaining thread (PyTorch
 * runs on it with one thread; a loaded machine inflates wall time, not CPU time), the load average, and the
 * completeness errors and integration steps seen.
 */
@Command(name = "bench-explain", mixinStandardHelpOptions = true,
        description = "time explanations with a workspace's newest ranker")
public final class ExplainBenchmark implements Runnable {
    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "a workspace holding a ranker")
    Path file;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "100", description = "timed rounds after 20 of warm-up")
    int rounds;

    @Override
    public void run() {
        Workspace ws = Workspace.open(file);
        try (ShopData data = new ShopData(ws, null)) {
            SavedModel saved = new ModelStore(ws).latest("ranker")
                    .orElseThrow(() -> new MerchLabException("no ranker in " + file + ": train one first"));
            try (RankerModel model = RankerKind.open(saved, data, "cpu")) {
                RankerExplainer explainer = new RankerExplainer(model);
                List<String> ids = data.catalog().ids();
                List<ScoringRequest> requests = loggedRequests(data, 20);
                double[] one = new double[rounds];
                double[] list = new double[rounds];
                double[] oneCpu = new double[rounds];
                double[] listCpu = new double[rounds];
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                double worst = 0;
                int[] steps = new int[257];
                int[] singleSteps = new int[257];
                double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                for (int r = -20; r < rounds; r++) {
                    ScoringRequest request = requests.get(Math.floorMod(r, requests.size()));
                    List<String> top = top10(model, request, ids, Math.floorMod(r * 7919, ids.size()));
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    Explanation single = explainer.explain(request, top.get(0));
                    long t1 = System.nanoTime();
                    long c1 = threads.getCurrentThreadCpuTime();
                    List<Explanation> e = explainer.explain(request, top);
                    long t2 = System.nanoTime();
                    long c2 = threads.getCurrentThreadCpuTime();
                    if (r >= 0) {
                        one[r] = (t1 - t0) / 1e6;
                        list[r] = (t2 - t1) / 1e6;
                        oneCpu[r] = (c1 - c0) / 1e6;
                        listCpu[r] = (c2 - c1) / 1e6;
                        worst = Math.max(worst, single.completenessError());
                        singleSteps[single.steps()]++;
                        for (Explanation x : e) {
                            worst = Math.max(worst, x.completenessError());
                            steps[x.steps()]++;
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "features per row: %d (%d-value embeddings); rounds: %d%n",
                        model.schema().width(), model.schema().embeddingDimension(), rounds);
                System.out.printf(Locale.ROOT, "load average %.1f before, %.1f after%n", loadBefore,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.printf(Locale.ROOT, "one product:  median %.2f ms, p90 %.2f ms (CPU time median %.2f ms)%n",
                        pct(one, 0.5), pct(one, 0.9), pct(oneCpu, 0.5));
                System.out.printf(Locale.ROOT, "top-10 list:  median %.2f ms, p90 %.2f ms (CPU time median %.2f ms)%n",
                        pct(list, 0.5), pct(list, 0.9), pct(listCpu, 0.5));
                System.out.printf(Locale.ROOT, "worst completeness error %.4f; one product:%s; lists:%s%n", worst,
                        histogram(singleSteps), histogram(steps));
            }
        }
    }

    /**
     * Up to {@code count} logged visits spread over the log: the shopper with their history before the visit, the
     * query (when the impression came from a search), the device and the hour. Falls back to shoppers U1, U4, ... with
     * a made-up context when the log has no impressions.
     */
    static List<ScoringRequest> loggedRequests(ShopData data, int count) {
        EventLog log = data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE);
        List<ScoringRequest> out = new ArrayList<>();
        int stride = Math.max(1, log.size() / (count * 3));
        for (int i = 0; i < log.size() && out.size() < count; i += stride) {
            if (log.type(i) != merchlab.behaviour.EventType.IMPRESSION) {
                continue;
            }
            String user = log.users().name(log.user(i));
            String query = log.query(i) < 0 ? null : log.queries().name(log.query(i));
            java.time.ZonedDateTime at = java.time.Instant.ofEpochMilli(log.timestamp(i)).atZone(java.time.ZoneOffset.UTC);
            out.add(new ScoringRequest(user, data.behaviour().history(user, log.timestamp(i)), query,
                    new Context(EventLog.deviceName(log.device(i)), at.getHour(), at.getDayOfWeek().getValue())));
        }
        for (int u = 0; out.isEmpty() && u < count; u++) {
            String user = "U" + (u * 3 + 1);
            out.add(new ScoringRequest(user, data.behaviour().history(user, Long.MAX_VALUE), null,
                    new Context(u % 2 == 0 ? "mobile" : "desktop", 8 + u % 12, 1 + u % 7)));
        }
        return out;
    }

    private static String histogram(int[] steps) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < steps.length; k++) {
            if (steps[k] > 0) {
                s.append(' ').append(k).append(" steps: ").append(steps[k]);
            }
        }
        return s.toString();
    }

    /** The ten best-scored of 200 catalog products starting at {@code from}. */
    private static List<String> top10(RankerModel model, ScoringRequest request, List<String> ids, int from) {
        List<String> candidates = new ArrayList<>();
        for (int k = 0; k < Math.min(200, ids.size()); k++) {
            candidates.add(ids.get((from + k) % ids.size()));
        }
        double[] s = model.score(request, candidates);
        Integer[] order = new Integer[s.length];
        for (int i = 0; i < s.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(10, order.length); i++) {
            top.add(candidates.get(order[i]));
        }
        return top;
    }

    private static double pct(double[] v, double q) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[(int) Math.min(c.length - 1, Math.floor(q * c.length))];
    }
}
