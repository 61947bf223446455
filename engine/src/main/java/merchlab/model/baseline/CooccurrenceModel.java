package merchlab.model.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import merchlab.features.ShopCatalog;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/**
 * Item-to-item co-occurrence: a candidate scores the sum, over the shopper's most recent distinct products, of its
 * cosine-normalised co-occurrence with each (Linden, Smith and York, "Amazon.com recommendations: item-to-item
 * collaborative filtering", IEEE Internet Computing 2003), newer history weighing more; a vanishing share of
 * popularity breaks ties.
 */
final class CooccurrenceModel implements Recommender, merchlab.model.RelatedProducts {
    static final int HISTORY = 20;
    static final double RECENCY = 0.9;

    private final String name;
    private final ShopCatalog catalog;
    private final Map<Integer, Map<Integer, Float>> neighbours = new HashMap<>();
    private final float[] popularity;
    private final float maxPopularity;

    CooccurrenceModel(String name, ShopCatalog catalog, Neighbours stored) {
        this.name = name;
        this.catalog = catalog;
        stored.lists().forEach((id, list) -> {
            int p = catalog.indexOf(id);
            if (p < 0) {
                return;
            }
            Map<Integer, Float> m = new HashMap<>();
            list.forEach((other, sim) -> {
                int q = catalog.indexOf(other);
                if (q >= 0) {
                    m.put(q, sim);
                }
            });
            neighbours.put(p, m);
        });
        popularity = new float[catalog.size()];
        float max = 1e-9f;
        for (int p = 0; p < popularity.length; p++) {
            popularity[p] = stored.popularity().getOrDefault(catalog.id(p), 0f);
            max = Math.max(max, popularity[p]);
        }
        maxPopularity = max;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return CooccurrenceKind.NAME;
    }

    /** The shopper's most recent distinct catalog products, newest first. */
    List<Integer> recent(List<String> history) {
        LinkedHashSet<Integer> out = new LinkedHashSet<>();
        for (int i = history.size() - 1; i >= 0 && out.size() < HISTORY; i--) {
            int p = catalog.indexOf(history.get(i));
            if (p >= 0) {
                out.add(p);
            }
        }
        return new ArrayList<>(out);
    }

    /** Products co-occurring with the shopper's recent history, best first, for candidate generation. */
    @Override
    public List<String> related(List<String> history, int limit) {
        Map<Integer, Double> scores = new HashMap<>();
        double w = 1;
        for (int h : recent(history)) {
            double weight = w;
            neighbours.getOrDefault(h, Map.of()).forEach((q, sim) -> scores.merge(q, weight * sim, Double::sum));
            w *= RECENCY;
        }
        return scores.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(limit)
                .map(e -> catalog.id(e.getKey())).toList();
    }

    @Override
    public double[] score(ScoringRequest request, List<String> candidates) {
        List<Integer> recent = recent(request.history());
        double[] out = new double[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            int c = catalog.indexOf(candidates.get(i));
            if (c < 0) {
                continue;
            }
            double s = 0;
            double w = 1;
            for (int h : recent) {
                Float sim = neighbours.getOrDefault(h, Map.of()).get(c);
                if (sim != null) {
                    s += w * sim;
                }
                w *= RECENCY;
            }
            out[i] = s + 1e-6 * popularity[c] / maxPopularity;
        }
        return out;
    }
}
