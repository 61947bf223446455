package merchlab.metric;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Top-N ranking metrics of one ranked list against the relevant products and their gains.
 *
 * <p>NDCG uses exponential-free gains as given, divided by log2(rank + 1) (Järvelin and Kekäläinen,
 * "Cumulated gain-based evaluation of IR techniques", TOIS 2002); binary relevance has gain 1.
 * Recall@k, HitRate@k and MRR@k follow RecBole's definitions (Zhao et al., CIKM 2021).
 */
public final class RankingMetrics {
    private RankingMetrics() {
    }

    /** NDCG@k with graded gains (product id -> gain, gains > 0 are relevant). */
    public static double ndcg(List<String> ranked, Map<String, Double> gains, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gains.getOrDefault(ranked.get(i), 0.0) / log2(i + 2);
        }
        double[] ideal = gains.values().stream().mapToDouble(Double::doubleValue).filter(g -> g > 0)
                .sorted().toArray();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.length); i++) {
            idcg += ideal[ideal.length - 1 - i] / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Share of the relevant products found in the top k. */
    public static double recall(List<String> ranked, Set<String> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        return (double) hits(ranked, relevant, k) / relevant.size();
    }

    /** 1 when any relevant product is in the top k, else 0. */
    public static double hit(List<String> ranked, Set<String> relevant, int k) {
        return hits(ranked, relevant, k) > 0 ? 1 : 0;
    }

    /** Reciprocal rank of the first relevant product within the top k, 0 when none. */
    public static double reciprocalRank(List<String> ranked, Set<String> relevant, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Precision@k: relevant products in the top k divided by k. */
    public static double precision(List<String> ranked, Set<String> relevant, int k) {
        return (double) hits(ranked, relevant, k) / k;
    }

    private static int hits(List<String> ranked, Set<String> relevant, int k) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                hits++;
            }
        }
        return hits;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
