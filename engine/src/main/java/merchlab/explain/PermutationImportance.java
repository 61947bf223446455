package merchlab.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.metric.Auc;
import merchlab.metric.LogLoss;
import merchlab.features.Feature;
import merchlab.features.FeatureGroup;
import merchlab.features.FeatureSchema;

/**
 * Global importance of each feature and feature group (Breiman, "Random Forests", 2001; Fisher, Rudin and Dominici,
 * JMLR 2019): the values of one feature (all values of an embedding, all features of a group, jointly) are shuffled
 * across held-out impressions, and the fall in AUC and rise in log loss against the logged clicks are measured. Each
 * shuffle is repeated with a new seed; the mean and a 95% Student-t confidence interval are reported.
 */
public final class PermutationImportance {
    private final Differentiable model;
    private final FeatureSchema schema;
    private final int repeats;
    private final long seed;

    public PermutationImportance(Differentiable model, FeatureSchema schema, int repeats, long seed) {
        if (repeats < 2) {
            throw new MerchLabException("permutation importance needs at least 2 repeats for a confidence interval");
        }
        this.model = model;
        this.schema = schema;
        this.repeats = repeats;
        this.seed = seed;
    }

    /**
     * One feature's or group's importance.
     *
     * @param aucDrop      mean fall in AUC when shuffled
     * @param aucLow       lower end of its 95% confidence interval
     * @param aucHigh      upper end
     * @param loglossRise  mean rise in log loss
     * @param loglossLow   lower end of its 95% confidence interval
     * @param loglossHigh  upper end
     */
    public record Importance(String name, double aucDrop, double aucLow, double aucHigh, double loglossRise,
                             double loglossLow, double loglossHigh) {
    }

    /** Importance of every feature (schema order) and group (group order), on {@code rows} against {@code clicked}. */
    public record Report(double auc, double logloss, int impressions, int repeats, List<Importance> features,
                         List<Importance> groups) {
    }

    public Report run(float[] rows, boolean[] clicked, CancelToken cancel) {
        return run(rows, clicked, cancel, fraction -> { });
    }

    /**
     * Importance of every feature and group, telling {@code progress} the fraction done (0 to 1) after each feature
     * and group; {@code cancel} is checked between them.
     */
    public Report run(float[] rows, boolean[] clicked, CancelToken cancel, DoubleConsumer progress) {
        int width = model.width();
        int n = rows.length / width;
        if (n != clicked.length || n < 2) {
            throw new MerchLabException("permutation importance needs held-out impressions with their clicks");
        }
        double[] p = model.predict(rows);
        double auc = Auc.of(p, clicked);
        double logloss = LogLoss.of(p, clicked);
        if (Double.isNaN(auc)) {
            throw new MerchLabException("the held-out impressions need both clicked and unclicked products");
        }
        float[] work = rows.clone();
        List<Importance> features = new ArrayList<>();
        int steps = schema.features().size() + FeatureGroup.values().length;
        int done = 0;
        for (Feature f : schema.features()) {
            cancel.check();
            features.add(measure(f.name(), List.of(f), work, rows, clicked, auc, logloss));
            progress.accept((double) ++done / steps);
        }
        Map<FeatureGroup, List<Feature>> byGroup = new LinkedHashMap<>();
        for (FeatureGroup g : FeatureGroup.values()) {
            byGroup.put(g, new ArrayList<>());
        }
        schema.features().forEach(f -> byGroup.get(f.group()).add(f));
        List<Importance> groups = new ArrayList<>();
        for (Map.Entry<FeatureGroup, List<Feature>> e : byGroup.entrySet()) {
            cancel.check();
            groups.add(measure(e.getKey().key(), e.getValue(), work, rows, clicked, auc, logloss));
            progress.accept((double) ++done / steps);
        }
        return new Report(auc, logloss, n, repeats, features, groups);
    }

    private Importance measure(String name, List<Feature> slice, float[] work, float[] rows, boolean[] clicked,
                               double auc, double logloss) {
        int width = model.width();
        int n = clicked.length;
        double[] aucDrops = new double[repeats];
        double[] lossRises = new double[repeats];
        if (slice.isEmpty()) {
            return new Importance(name, 0, 0, 0, 0, 0, 0);
        }
        for (int r = 0; r < repeats; r++) {
            int[] order = shuffled(n, new SplittableRandom(seed * 1_000_003L + name.hashCode() * 31L + r));
            for (int i = 0; i < n; i++) {
                for (Feature f : slice) {
                    System.arraycopy(rows, order[i] * width + f.offset(), work, i * width + f.offset(), f.width());
                }
            }
            double[] p = model.predict(work);
            aucDrops[r] = auc - Auc.of(p, clicked);
            lossRises[r] = LogLoss.of(p, clicked) - logloss;
            for (int i = 0; i < n; i++) {
                for (Feature f : slice) {
                    System.arraycopy(rows, i * width + f.offset(), work, i * width + f.offset(), f.width());
                }
            }
        }
        double[] a = interval(aucDrops);
        double[] l = interval(lossRises);
        return new Importance(name, a[0], a[1], a[2], l[0], l[1], l[2]);
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Mean and 95% Student-t interval of {@code values}. */
    static double[] interval(double[] values) {
        int k = values.length;
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= k;
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean);
        }
        double half = studentT975(k - 1) * Math.sqrt(var / (k - 1) / k);
        return new double[] {mean, mean - half, mean + half};
    }

    /** The 97.5% quantile of Student's t distribution with {@code df} degrees of freedom. */
    static double studentT975(int df) {
        double[] table = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
                2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
                2.048, 2.045, 2.042};
        return df <= table.length ? table[df - 1] : 1.96 + 2.4 / df;
    }
}
