package merchlab.eval.judged;

import java.util.List;
import java.util.Map;
import merchlab.metric.Ndcg;

/**
 * The per-list measures of judged search quality at a cut-off: graded NDCG (see {@link Ndcg}), precision of relevant
 * products (gain at least {@link #RELEVANT_GAIN}: Exact or Substitute in ESCI terms) and the share of listed products
 * nobody judged, which says how far the other two can be trusted.
 */
public final class JudgedMetrics {
    /** The smallest gain that counts as relevant for precision (ESCI Substitute). */
    public static final double RELEVANT_GAIN = 0.1;
    /** Metric names, in report order. */
    public static final List<String> NAMES = List.of("ndcg@10", "precision@10", "unjudged@10");

    private JudgedMetrics() {
    }

    /** {@code ndcg@k, precision@k, unjudged@k} of a ranked list; precision divides by k, unjudged by the list's length. */
    public static double[] of(List<String> ranked, Map<String, Double> gains, int k) {
        int n = Math.min(k, ranked.size());
        int relevant = 0;
        int unjudged = 0;
        for (int i = 0; i < n; i++) {
            Double g = gains.get(ranked.get(i));
            if (g == null) {
                unjudged++;
            } else if (g >= RELEVANT_GAIN - 1e-9) {
                relevant++;
            }
        }
        return new double[] {new Ndcg(k).of(ranked, gains), (double) relevant / k, n == 0 ? 0 : (double) unjudged / n};
    }
}
