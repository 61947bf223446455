package merchlab.eval.bench;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import merchlab.eval.protocol.InteractionLog;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/**
 * Comparator for benchmarks: scores a product by how many training shoppers had it together with each product of the
 * history, summed over the history; popularity breaks ties.
 */
final class CooccurrenceComparator implements Recommender {
    private final Map<String, Map<String, Integer>> together = new HashMap<>();
    private final Map<String, Integer> counts;

    CooccurrenceComparator(InteractionLog training) {
        this.counts = training.productCounts();
        for (String user : training.shoppers()) {
            List<String> products = List.copyOf(new LinkedHashSet<>(training.products(user)));
            for (String a : products) {
                Map<String, Integer> row = together.computeIfAbsent(a, k -> new HashMap<>());
                for (String b : products) {
                    if (!a.equals(b)) {
                        row.merge(b, 1, Integer::sum);
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
        Map<String, Double> sums = new HashMap<>();
        for (String h : new LinkedHashSet<>(request.history())) {
            together.getOrDefault(h, Map.of()).forEach((b, n) -> sums.merge(b, (double) n, Double::sum));
        }
        return candidates.stream()
                .mapToDouble(c -> sums.getOrDefault(c, 0.0) + 1e-6 * counts.getOrDefault(c, 0)).toArray();
    }
}
