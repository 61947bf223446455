package merchlab.eval.bench;

import java.util.List;
import java.util.Map;
import merchlab.eval.protocol.InteractionLog;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/** Comparator for benchmarks: scores a product by how often it occurs in the training interactions. */
final class PopularityComparator implements Recommender {
    private final Map<String, Integer> counts;

    PopularityComparator(InteractionLog training) {
        this.counts = training.productCounts();
    }

    @Override
    public String name() {
        return "popularity";
    }

    @Override
    public String kind() {
        return "popularity";
    }

    @Override
    public double[] score(ScoringRequest request, List<String> candidates) {
        return candidates.stream().mapToDouble(c -> counts.getOrDefault(c, 0)).toArray();
    }
}
