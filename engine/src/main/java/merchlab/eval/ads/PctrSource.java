package merchlab.eval.ads;

import java.util.List;
import merchlab.ads.AdRequest;

/**
 * Where a replayed auction's predicted CTR comes from: the ranker, product popularity, the generator's true
 * probabilities (the oracle) or one constant (bid-only ranking). Sources predict a chunk of requests at once, since
 * a network scores a batch far faster than one ad at a time.
 */
public interface PctrSource {
    /** {@code ranker}, {@code popularity}, {@code oracle}, {@code bid-only}. */
    String name();

    /**
     * The click probability of each product of each request when shown in slot {@code slots[i]} of request i, aligned
     * with {@code products}; NaN where the source knows none.
     */
    List<double[]> predict(List<AdRequest> requests, List<List<String>> products, int[] slots);

    /** One probability for every ad: the auction then ranks by bid alone. */
    static PctrSource constant(String name, double probability) {
        return new PctrSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<double[]> predict(List<AdRequest> requests, List<List<String>> products, int[] slots) {
                return products.stream().map(p -> {
                    double[] out = new double[p.size()];
                    java.util.Arrays.fill(out, probability);
                    return out;
                }).toList();
            }
        };
    }
}
