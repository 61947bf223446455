package merchlab.metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Normalised discounted cumulative gain at a cut-off (Järvelin and Kekäläinen, "Cumulated gain-based evaluation of IR
 * techniques", ACM TOIS 2002), with linear gains: {@code DCG@k = sum_i gain_i / log2(i + 1)} over ranks 1..k, divided
 * by the DCG of the best possible order of the judged products.
 */
public final class Ndcg {
    private final int k;

    public Ndcg(int k) {
        this.k = k;
    }

    /**
     * NDCG@k of a ranked list given graded judgments (product id to gain); unjudged products gain 0. A query without
     * any positive judgment scores 0.
     */
    public double of(List<String> ranked, Map<String, Double> gains) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gains.getOrDefault(ranked.get(i), 0.0) / log2(i + 2);
        }
        List<Double> ideal = new ArrayList<>(gains.values());
        ideal.sort(Comparator.reverseOrder());
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
