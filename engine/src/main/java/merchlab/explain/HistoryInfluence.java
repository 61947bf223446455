package merchlab.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import merchlab.MerchLabException;
import merchlab.features.CatalogVectors;
import merchlab.features.ShopCatalog;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/**
 * Which products of the shopper's history drove a recommendation, for any {@link Recommender} (the sequence
 * recommender above all): each history entry is left out in turn and the product re-scored; the score it loses is
 * that entry's effect. All left-out requests are scored in one {@link Recommender#scoreAll} call. The text similarity
 * of each history product to the recommended one (dot product of their text embeddings) is reported beside it.
 */
public final class HistoryInfluence {
    /** History entries examined by default: the most recent ones. */
    public static final int DEFAULT_RECENT = 50;

    private final Recommender model;
    private final ShopCatalog catalog;
    private final CatalogVectors vectors;

    /**
     * @param vectors the catalog's text embeddings, or null to leave text similarity out
     */
    public HistoryInfluence(Recommender model, ShopCatalog catalog, CatalogVectors vectors) {
        this.model = model;
        this.catalog = catalog;
        this.vectors = vectors;
    }

    /**
     * One history entry's part in a score.
     *
     * @param position       its index in the request's history (0 = oldest)
     * @param scoreWithout   the product's score with this entry left out
     * @param effect         score minus scoreWithout: how much this entry raised the score
     * @param textSimilarity dot product of the two products' text embeddings (NaN when unknown)
     */
    public record HistoryEffect(String productId, String title, int position, double scoreWithout, double effect,
                                double textSimilarity) {
    }

    /**
     * The history's part in one product's score.
     *
     * @param history entries, largest effect first
     * @param reasons sentences naming the history products that raised the score most
     */
    public record HistoryExplanation(String productId, double score, List<HistoryEffect> history, List<String> reasons) {
    }

    /** Leave-one-out over the {@code recent} most recent history entries of {@code request}. */
    public HistoryExplanation explain(ScoringRequest request, String productId, int recent) {
        int p = catalog.indexOf(productId);
        if (p < 0) {
            throw new MerchLabException("no product '" + productId + "' in the catalog");
        }
        List<String> history = request.history();
        int from = Math.max(0, history.size() - recent);
        List<ScoringRequest> requests = new ArrayList<>();
        List<List<String>> candidates = new ArrayList<>();
        requests.add(request);
        candidates.add(List.of(productId));
        for (int i = from; i < history.size(); i++) {
            List<String> without = new ArrayList<>(history);
            without.remove(i);
            requests.add(new ScoringRequest(request.userId(), without, request.query(), request.context()));
            candidates.add(List.of(productId));
        }
        List<double[]> scores = model.scoreAll(requests, candidates);
        double score = scores.get(0)[0];
        float[] target = null;
        if (vectors != null && vectors.has(p)) {
            target = new float[vectors.dimension()];
            vectors.copy(p, target, 0);
        }
        List<HistoryEffect> effects = new ArrayList<>();
        for (int i = from; i < history.size(); i++) {
            String id = history.get(i);
            int h = catalog.indexOf(id);
            double without = scores.get(1 + i - from)[0];
            double similarity = target == null || h < 0 || !vectors.has(h) ? Double.NaN : vectors.dot(h, target);
            effects.add(new HistoryEffect(id, h < 0 ? id : catalog.title(h), i, without, score - without, similarity));
        }
        effects.sort(Comparator.comparingDouble(e -> -e.effect()));
        return new HistoryExplanation(productId, score, effects, reasons(effects));
    }

    /** Up to three history products whose removal lowered the score by at least 10% of all effects together. */
    static List<String> reasons(List<HistoryEffect> effects) {
        double total = 0;
        for (HistoryEffect e : effects) {
            total += Math.abs(e.effect());
        }
        List<String> out = new ArrayList<>();
        for (HistoryEffect e : effects) {
            if (out.size() < 3 && e.effect() > 0 && e.effect() >= ReasonWriter.MIN_SHARE * total) {
                out.add("because the shopper engaged with '" + e.title() + "'");
            }
        }
        return out;
    }
}
