package merchlab.model.baseline;

import java.util.List;
import java.util.Map;
import merchlab.features.ShopCatalog;
import merchlab.model.CandidateRows;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/**
 * Most popular products. Overall: a product's recent engagement count. Per category:
 * P(category | shopper) x P(product | category), the shopper's smoothed share of engagements in the product's
 * category times the product's share of its category, which falls back to overall popularity without history.
 */
final class PopularityModel implements Recommender {
    private final String name;
    private final boolean perCategory;
    private final ShopCatalog catalog;
    private final float[] popularity;
    private final double[] categoryTotal;
    private final double total;
    private final CandidateRows candidateRows;

    PopularityModel(String name, boolean perCategory, ShopCatalog catalog, Map<String, Float> counts) {
        this.name = name;
        this.perCategory = perCategory;
        this.catalog = catalog;
        this.popularity = new float[catalog.size()];
        this.categoryTotal = new double[catalog.categories().size()];
        double sum = 0;
        for (int p = 0; p < catalog.size(); p++) {
            popularity[p] = counts.getOrDefault(catalog.id(p), 0f) + 0.01f;
            sum += popularity[p];
            if (catalog.category(p) >= 0) {
                categoryTotal[catalog.category(p)] += popularity[p];
            }
        }
        this.total = sum;
        this.candidateRows = new CandidateRows(catalog::indexOf);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return PopularityKind.NAME;
    }

    @Override
    public double[] score(ScoringRequest request, List<String> candidates) {
        double[] out = new double[candidates.size()];
        int[] history = null;
        if (perCategory) {
            history = new int[categoryTotal.length];
            for (String id : request.history()) {
                int p = catalog.indexOf(id);
                if (p >= 0 && catalog.category(p) >= 0) {
                    history[catalog.category(p)]++;
                }
            }
        }
        int n = request.history().size();
        int[] rows = candidateRows.of(candidates);
        for (int i = 0; i < out.length; i++) {
            int p = rows[i];
            if (p < 0) {
                continue;
            }
            if (!perCategory || catalog.category(p) < 0) {
                out[i] = popularity[p] / total;
                continue;
            }
            int c = catalog.category(p);
            double shopShare = categoryTotal[c] / total;
            double shopperShare = (history[c] + 2 * shopShare) / (n + 2.0);
            out[i] = shopperShare * popularity[p] / categoryTotal[c];
        }
        return out;
    }
}
