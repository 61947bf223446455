package merchlab.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import merchlab.MerchLabException;
import merchlab.features.CatalogVectors;
import merchlab.features.ShopCatalog;
import merchlab.features.ShopData;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.model.ranker.RankerModel;

/**
 * Explains the scores of any opened model: Integrated Gradients per feature for a ranker (one batched pass per list,
 * see {@link RankerExplainer}), leave-one-out on the shopper's history for any other model (see
 * {@link HistoryInfluence}). Not thread-safe, like the model; one per job.
 */
public final class ProductExplainer {
    /** History entries examined for models other than the ranker: the most recent ones. */
    public static final int HISTORY = 20;

    private final Recommender model;
    private final ShopCatalog catalog;
    private final Supplier<CatalogVectors> vectors;
    private final RankerExplainer ranker;

    /**
     * Explains {@code model} with the catalog and text embeddings of {@code data} (embeddings are read only for
     * models other than the ranker; without them, history entries carry no text similarity).
     */
    public ProductExplainer(Recommender model, ShopData data) {
        this(model, data.catalog(), () -> {
            try {
                return data.vectors();
            } catch (MerchLabException noEmbeddings) {
                return null;
            }
        });
    }

    /**
     * @param vectors the catalog's text embeddings, or null to leave text similarity of history products out
     */
    public ProductExplainer(Recommender model, ShopCatalog catalog, CatalogVectors vectors) {
        this(model, catalog, () -> vectors);
    }

    private ProductExplainer(Recommender model, ShopCatalog catalog, Supplier<CatalogVectors> vectors) {
        this.model = model;
        this.catalog = catalog;
        this.vectors = vectors;
        this.ranker = model instanceof RankerModel r ? new RankerExplainer(r) : null;
    }

    /** Whether explanations carry per-feature attributions (the model is a ranker). */
    public boolean attributesFeatures() {
        return ranker != null;
    }

    /** Explains one product's score for a request. */
    public ItemExplanation explain(ScoringRequest request, String productId) {
        return explain(request, List.of(productId)).get(0);
    }

    /**
     * Explains the scores of a list of products for one request, in order; for a ranker in one batched pass.
     *
     * @throws merchlab.MerchLabException when a product is not in the catalog
     */
    public List<ItemExplanation> explain(ScoringRequest request, List<String> productIds) {
        return explain(request, productIds, Set.of());
    }

    /**
     * Like {@link #explain(ScoringRequest, List)}, saying of the products in {@code weakMatches} that a search's
     * relevance gate held them below closer matches. Every product gets at least one reason.
     */
    public List<ItemExplanation> explain(ScoringRequest request, List<String> productIds, Set<String> weakMatches) {
        List<ItemExplanation> out = new ArrayList<>(productIds.size());
        if (productIds.isEmpty()) {
            return out;
        }
        if (ranker != null) {
            for (Explanation e : ranker.explain(request, productIds, weakMatches)) {
                out.add(ItemExplanation.of(e));
            }
            return out;
        }
        HistoryInfluence influence = new HistoryInfluence(model, catalog, vectors.get());
        for (String id : productIds) {
            HistoryInfluence.HistoryExplanation h = influence.explain(request, id, HISTORY);
            List<String> reasons = new ArrayList<>(h.reasons());
            if (reasons.isEmpty()) {
                reasons.add(kindReason(request));
            }
            if (weakMatches.contains(id) && request.query() != null) {
                reasons.add("held back: does not match '" + request.query() + "' as closely as the products above it");
            }
            out.add(ItemExplanation.of(new HistoryInfluence.HistoryExplanation(h.productId(), h.score(), h.history(),
                    reasons)));
        }
        return out;
    }

    /** What a model other than the ranker scores on, for a product no single history entry explains. */
    private String kindReason(ScoringRequest request) {
        boolean query = request.query() != null;
        return switch (model.kind()) {
            case "popularity" -> "one of the shop's most engaged-with products";
            case "cooccurrence" -> "often engaged with alongside the products in the shopper's history";
            case "semantic" -> query ? "its text is close to the query '" + request.query() + "'"
                    : "its text is close to the shopper's history";
            case "sequence" -> "a likely next product after the shopper's most recent ones";
            default -> "the " + model.kind() + " model scores it above the other candidates";
        };
    }
}
