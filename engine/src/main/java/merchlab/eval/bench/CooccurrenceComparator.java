package merchlab.eval.bench;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.eval.protocol.InteractionLog;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/**
 * Comparator for benchmarks: scores a product by how many training shoppers had it together with each product of the
 * history, summed over the history; popularity breaks ties. Holds a dense product-by-product table, so it suits
 * catalogs of up to a few thousand products such as MovieLens.
 */
final class CooccurrenceComparator implements Recommender {
    private static final int LIMIT = 10_000;

    private final Map<String, Integer> index = new HashMap<>();
    private final int[] together;
    private final int[] counts;

    CooccurrenceComparator(InteractionLog training) {
        List<String> products = training.productIds();
        if (products.size() > LIMIT) {
            throw new MerchLabException("the co-occurrence comparator handles at most " + LIMIT + " products");
        }
        for (int i = 0; i < products.size(); i++) {
            index.put(products.get(i), i);
        }
        int n = products.size();
        together = new int[n * n];
        counts = new int[n];
        for (String user : training.shoppers()) {
            int[] rows = new LinkedHashSet<>(training.products(user)).stream().mapToInt(index::get).toArray();
            for (int a : rows) {
                counts[a]++;
                for (int b : rows) {
                    if (a != b) {
                        together[a * n + b]++;
                    }
                }
            }
        }
    }

    @Override
    public String name() {
        return "cooccurrence";
    }

    @Override
    public String kind() {
        return "cooccurrence";
    }

    @Override
    public double[] score(ScoringRequest request, List<String> candidates) {
        int n = counts.length;
        double[] sums = new double[n];
        for (String h : new LinkedHashSet<>(request.history())) {
            Integer a = index.get(h);
            if (a != null) {
                for (int b = 0; b < n; b++) {
                    sums[b] += together[a * n + b];
                }
            }
        }
        double[] out = new double[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            Integer c = index.get(candidates.get(i));
            out[i] = c == null ? 0 : sums[c] + 1e-6 * counts[c];
        }
        return out;
    }
}
