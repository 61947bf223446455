package merchlab.metric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Averages ranking metrics over many shoppers or queries and measures catalog coverage of the top-k lists.
 *
 * <p>Metric names follow the command line contract: {@code ndcg@10}, {@code recall@10}, {@code mrr@10},
 * {@code hit@10}, {@code precision@10}, {@code coverage@10}.
 */
public final class RankingAccumulator {
    private final int[] cutoffs;
    private final int catalogSize;
    private final double[][] sums;
    private final Set<String>[] recommended;
    private long lists;
    private final List<double[]> perList = new ArrayList<>();

    /** @param catalogSize number of products that could be recommended, for coverage */
    @SuppressWarnings("unchecked")
    public RankingAccumulator(int catalogSize, int... cutoffs) {
        this.cutoffs = cutoffs.clone();
        this.catalogSize = catalogSize;
        this.sums = new double[cutoffs.length][5];
        this.recommended = new Set[cutoffs.length];
        for (int i = 0; i < cutoffs.length; i++) {
            recommended[i] = new HashSet<>();
        }
    }

    /** Adds one ranked list judged against graded gains (binary relevance: gain 1). */
    public void add(List<String> ranked, Map<String, Double> gains) {
        Set<String> relevant = new HashSet<>();
        gains.forEach((id, g) -> {
            if (g > 0) {
                relevant.add(id);
            }
        });
        double[] ndcg = new double[cutoffs.length];
        for (int c = 0; c < cutoffs.length; c++) {
            int k = cutoffs[c];
            ndcg[c] = RankingMetrics.ndcg(ranked, gains, k);
            sums[c][0] += ndcg[c];
            sums[c][1] += RankingMetrics.recall(ranked, relevant, k);
            sums[c][2] += RankingMetrics.reciprocalRank(ranked, relevant, k);
            sums[c][3] += RankingMetrics.hit(ranked, relevant, k);
            sums[c][4] += RankingMetrics.precision(ranked, relevant, k);
            recommended[c].addAll(ranked.subList(0, Math.min(k, ranked.size())));
        }
        perList.add(ndcg);
        lists++;
    }

    /** NDCG at {@code cutoff} of each list added, in order: the units of a paired comparison between models. */
    public double[] ndcgPerList(int cutoff) {
        int c = 0;
        while (c < cutoffs.length && cutoffs[c] != cutoff) {
            c++;
        }
        if (c == cutoffs.length) {
            throw new IllegalArgumentException("no cut-off " + cutoff);
        }
        double[] out = new double[perList.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = perList.get(i)[c];
        }
        return out;
    }

    /** Adds one ranked list judged against a set of relevant products. */
    public void add(List<String> ranked, Set<String> relevant) {
        Map<String, Double> gains = new LinkedHashMap<>();
        relevant.forEach(id -> gains.put(id, 1.0));
        add(ranked, gains);
    }

    public long lists() {
        return lists;
    }

    /** The averaged metrics, keyed by name and cut-off. */
    public Map<String, Double> result() {
        Map<String, Double> out = new LinkedHashMap<>();
        String[] names = {"ndcg", "recall", "mrr", "hit", "precision"};
        for (int c = 0; c < cutoffs.length; c++) {
            for (int m = 0; m < names.length; m++) {
                out.put(names[m] + "@" + cutoffs[c], lists == 0 ? Double.NaN : sums[c][m] / lists);
            }
            out.put("coverage@" + cutoffs[c], catalogSize == 0 ? Double.NaN
                    : (double) recommended[c].size() / catalogSize);
        }
        return out;
    }
}
