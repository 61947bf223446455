package merchlab.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import merchlab.features.Feature;
import merchlab.features.FeatureSchema;

/**
 * The deletion check of an attribution method (Petsiuk, Das and Saenko, "RISE", BMVC 2018; Samek et al., 2017):
 * features are set to their baseline one at a time, in order of decreasing attribution and in random orders, and the
 * predicted CTR is followed. Faithful attributions make the score fall faster than random order; the area between
 * the random and the attribution-ordered curve (mean over explained rows, in CTR, each step weighing 1 / features)
 * is positive.
 */
public final class DeletionCurve {
    private final Differentiable model;
    private final FeatureSchema schema;
    private final int randomOrders;
    private final long seed;

    public DeletionCurve(Differentiable model, FeatureSchema schema, int randomOrders, long seed) {
        this.model = model;
        this.schema = schema;
        this.randomOrders = randomOrders;
        this.seed = seed;
    }

    /**
     * The averaged curves.
     *
     * @param attributionOrder mean score after removing the first k features by attribution, k = 0..features
     * @param randomOrder      the same in random order (averaged over orders)
     * @param areaBetween      mean area between the random and the attribution-ordered curve (positive = faithful)
     * @param normalisedArea   the area over the mean score change it could remove (score - baseline score)
     */
    public record Result(double[] attributionOrder, double[] randomOrder, double areaBetween, double normalisedArea,
                         int rows) {
    }

    /** Runs the check on {@code rows} explained by {@code explanations} (same order) against {@code baseline}. */
    public Result run(float[] rows, List<Explanation> explanations, float[] baseline) {
        List<Feature> features = schema.features();
        int f = features.size();
        int width = model.width();
        int n = explanations.size();
        double[] byAttribution = new double[f + 1];
        double[] byRandom = new double[f + 1];
        SplittableRandom random = new SplittableRandom(seed);
        double change = 0;
        for (int i = 0; i < n; i++) {
            Explanation e = explanations.get(i);
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < f; k++) {
                order.add(k);
            }
            order.sort((a, b) -> Double.compare(e.features().get(b).attribution(), e.features().get(a).attribution()));
            List<int[]> orders = new ArrayList<>();
            orders.add(order.stream().mapToInt(Integer::intValue).toArray());
            for (int r = 0; r < randomOrders; r++) {
                int[] o = new int[f];
                for (int k = 0; k < f; k++) {
                    o[k] = k;
                }
                for (int k = f - 1; k > 0; k--) {
                    int j = random.nextInt(k + 1);
                    int t = o[k];
                    o[k] = o[j];
                    o[j] = t;
                }
                orders.add(o);
            }
            float[] path = new float[orders.size() * (f + 1) * width];
            int at = 0;
            for (int[] o : orders) {
                float[] row = java.util.Arrays.copyOfRange(rows, i * width, (i + 1) * width);
                for (int k = 0; k <= f; k++, at++) {
                    if (k > 0) {
                        Feature removed = features.get(o[k - 1]);
                        System.arraycopy(baseline, removed.offset(), row, removed.offset(), removed.width());
                    }
                    System.arraycopy(row, 0, path, at * width, width);
                }
            }
            double[] p = model.predict(path);
            for (int k = 0; k <= f; k++) {
                byAttribution[k] += p[k] / n;
                double mean = 0;
                for (int r = 1; r <= randomOrders; r++) {
                    mean += p[r * (f + 1) + k];
                }
                byRandom[k] += mean / randomOrders / n;
            }
            change += Math.abs(e.score() - e.baselineScore()) / n;
        }
        double area = 0;
        for (int k = 0; k <= f; k++) {
            double w = k == 0 || k == f ? 0.5 : 1.0;
            area += w * (byRandom[k] - byAttribution[k]) / f;
        }
        return new Result(byAttribution, byRandom, area, change == 0 ? Double.NaN : area / Math.abs(change), n);
    }
}
