package merchlab.model.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import merchlab.features.ShopCatalog;
import merchlab.model.CandidateRows;
import merchlab.model.Recommender;
import merchlab.model.RelatedProducts;
import merchlab.model.ScoringRequest;

/**
 * Item-to-item co-occurrence: a candidate scores the sum, over the shopper's most recent distinct products, of its
 * co-occurrence weight with each (Linden, Smith and York, "Amazon.com recommendations: item-to-item collaborative
 * filtering", IEEE Internet Computing 2003), newer history weighing more; a vanishing share of popularity breaks ties.
 * A shopper's scores are summed from the history products' neighbour lists, never looked up per candidate.
 */
final class CooccurrenceModel implements Recommender, RelatedProducts {
    private final String name;
    private final ShopCatalog catalog;
    private final CooccurrenceSettings settings;
    private final int[][] neighbours;
    private final float[][] weights;
    private final double[] tieBreak;
    private final CandidateRows candidateRows;

    CooccurrenceModel(String name, ShopCatalog catalog, CooccurrenceSettings settings, Neighbours stored) {
        this.name = name;
        this.catalog = catalog;
        this.settings = settings;
        this.neighbours = new int[catalog.size()][];
        this.weights = new float[catalog.size()][];
        stored.lists().forEach((id, list) -> {
            int p = catalog.indexOf(id);
            if (p < 0) {
                return;
            }
            int[] q = new int[list.size()];
            float[] w = new float[list.size()];
            int n = 0;
            for (Map.Entry<String, Float> e : list.entrySet()) {
                int other = catalog.indexOf(e.getKey());
                if (other >= 0) {
                    q[n] = other;
                    w[n++] = e.getValue();
                }
            }
            neighbours[p] = java.util.Arrays.copyOf(q, n);
            weights[p] = java.util.Arrays.copyOf(w, n);
        });
        tieBreak = new double[catalog.size()];
        float max = 1e-9f;
        for (int p = 0; p < tieBreak.length; p++) {
            tieBreak[p] = stored.popularity().getOrDefault(catalog.id(p), 0f);
            max = Math.max(max, (float) tieBreak[p]);
        }
        for (int p = 0; p < tieBreak.length; p++) {
            tieBreak[p] = 1e-6 * tieBreak[p] / max;
        }
        this.candidateRows = new CandidateRows(catalog::indexOf);
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
        for (int i = history.size() - 1; i >= 0 && out.size() < settings.history(); i--) {
            int p = catalog.indexOf(history.get(i));
            if (p >= 0) {
                out.add(p);
            }
        }
        return new ArrayList<>(out);
    }

    /** Every catalog product's score for a history, by catalog index. */
    double[] catalogScores(List<String> history) {
        double[] s = tieBreak.clone();
        double w = 1;
        for (int h : recent(history)) {
            int[] q = neighbours[h];
            if (q != null) {
                float[] sim = weights[h];
                for (int j = 0; j < q.length; j++) {
                    s[q[j]] += w * sim[j];
                }
            }
            w *= settings.recency();
        }
        return s;
    }

    /** Products co-occurring with the shopper's recent history, best first, for candidate generation. */
    @Override
    public List<String> related(List<String> history, int limit) {
        Map<Integer, Double> scores = new HashMap<>();
        double w = 1;
        for (int h : recent(history)) {
            int[] q = neighbours[h];
            for (int j = 0; q != null && j < q.length; j++) {
                scores.merge(q[j], w * weights[h][j], Double::sum);
            }
            w *= settings.recency();
        }
        return scores.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(limit)
                .map(e -> catalog.id(e.getKey())).toList();
    }

    @Override
    public double[] score(ScoringRequest request, List<String> candidates) {
        double[] all = catalogScores(request.history());
        int[] rows = candidateRows.of(candidates);
        double[] out = new double[rows.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows[i] < 0 ? 0 : all[rows[i]];
        }
        return out;
    }
}
