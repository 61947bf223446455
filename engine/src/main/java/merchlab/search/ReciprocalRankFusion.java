package merchlab.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): a product's fused score is
 * {@code sum over lists of weight / (k + rank)}, rank starting at 1; products missing from a list get nothing from it.
 */
public final class ReciprocalRankFusion {
    /** The constant of the original paper. */
    public static final int DEFAULT_K = 60;

    private final int k;
    private final double[] weights;

    /** @param weights one weight per list, in the order lists are passed to {@link #fuse} */
    public ReciprocalRankFusion(int k, double... weights) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        this.k = k;
        this.weights = weights.clone();
    }

    /** A fused product and its score. */
    public record Fused(String productId, double score) {
    }

    /** Fuses ranked lists of product ids (best first) into one list, best first; ties keep first-seen order. */
    public List<Fused> fuse(List<List<String>> rankings) {
        if (rankings.size() != weights.length) {
            throw new IllegalArgumentException(rankings.size() + " lists for " + weights.length + " weights");
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int list = 0; list < rankings.size(); list++) {
            List<String> ranking = rankings.get(list);
            for (int i = 0; i < ranking.size(); i++) {
                scores.merge(ranking.get(i), weights[list] / (k + i + 1), Double::sum);
            }
        }
        List<Fused> fused = new ArrayList<>(scores.size());
        scores.forEach((id, s) -> fused.add(new Fused(id, s)));
        fused.sort(Comparator.comparingDouble(Fused::score).reversed());
        return fused;
    }
}
