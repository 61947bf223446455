package merchlab.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.explain.ItemExplanation;
import merchlab.explain.ProductExplainer;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.ModelKinds;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.query.QueryIntent;
import merchlab.search.Correction;
import merchlab.search.Filters;
import merchlab.search.HybridRetriever;
import merchlab.search.IntentFilter;
import merchlab.search.ProductSearch;
import merchlab.search.SearchResult;
import merchlab.store.ModelStore;

/**
 * Answers "what would this shopper, or this query, get in this context, and how would another model and a baseline
 * rank the same products?": the scoring of {@code recommend} and {@code search --rerank} with every model side by side.
 *
 * <p>Keeps the models and the search index open between requests; not thread-safe: one request at a time.
 */
public final class ShopExplorer implements AutoCloseable {
    private final ShopScorers scorers;
    private final Supplier<ProductSearch> searchOpener;
    private ProductSearch search;

    /**
     * What to explore.
     *
     * @param shopper   the shopper, or null for an anonymous visitor (then a query is needed)
     * @param query     what the shopper typed, or null/blank for recommendations
     * @param model     the saved model to rank with, or null for the newest ranker (retrieval order when none is saved)
     * @param compareTo a second saved model to rank beside it, or null
     * @param baseline  the baseline kind ({@code popularity}, {@code cooccurrence}, {@code semantic}) to rank beside it
     * @param top       products of each list
     * @param ignored   filters read from the query that the user took off
     */
    public record Ask(String shopper, String query, Context context, String model, String compareTo, String baseline,
                      int top, Set<IntentFilter> ignored) {
        public Ask {
            query = query == null || query.isBlank() ? null : query.strip();
            shopper = shopper == null || shopper.isBlank() ? null : shopper.strip();
            context = context == null ? Context.unknown() : context;
            ignored = ignored == null ? Set.of() : Set.copyOf(ignored);
        }

        /** An ask with every filter the query states applied. */
        public Ask(String shopper, String query, Context context, String model, String compareTo, String baseline,
                   int top) {
            this(shopper, query, context, model, compareTo, baseline, top, Set.of());
        }
    }

    /**
     * The answer: the query's intent (null for recommendations), how its words were read (spellings, translations,
     * the kind of product it describes; none for recommendations), the filters the search applied and which of them
     * the query stated (none for recommendations), and every candidate under the model (index 0), the baseline (index
     * 1) and the compared model (index 2, when asked for).
     */
    public record Answer(Ask ask, QueryIntent intent, List<Correction> corrections, Filters filters,
                         Set<IntentFilter> fromQuery, Comparison comparison, boolean knownShopper, double milliseconds) {
        public static final int MODEL = 0;
        public static final int BASELINE = 1;
        public static final int COMPARED = 2;

        public boolean compared() {
            return comparison.models().size() > COMPARED;
        }
    }

    /**
     * @param search opens product search (retrieval and query understanding) on first use by a query
     */
    public ShopExplorer(ShopData data, ModelKinds kinds, ModelStore store, Supplier<ProductSearch> search) {
        this.scorers = new ShopScorers(data, kinds, store);
        this.searchOpener = search;
    }

    /** The baseline kinds an {@link Ask} may name. */
    public List<String> baselineKinds() {
        return scorers.baselineKinds();
    }

    /** Scores the ask's candidates with the model, the baseline and the compared model. */
    public Answer explore(Ask ask, CancelToken cancel) {
        long started = System.nanoTime();
        if (ask.shopper() == null && ask.query() == null) {
            throw new MerchLabException("pick a shopper or type a query");
        }
        if (ask.top() < 1) {
            throw new MerchLabException("a list needs at least one product");
        }
        Recommender model = scorers.modelOrRetrieval(ask.model());
        List<Recommender> models = new ArrayList<>(List.of(model, scorers.baseline(ask.baseline(), cancel)));
        if (ask.compareTo() != null) {
            models.add(scorers.model(ask.compareTo()));
        }
        cancel.check();
        ShopScorer scorer;
        QueryIntent intent = null;
        List<Correction> corrections = List.of();
        Filters filters = Filters.none();
        Set<IntentFilter> fromQuery = Set.of();
        if (ask.query() != null) {
            SearchResult retrieved = search().search(ask.query(), Math.max(ask.top(), RelevanceGate.POOL), Filters.none(),
                    HybridRetriever.Mode.HYBRID, ask.ignored());
            intent = retrieved.intent();
            corrections = retrieved.corrections();
            filters = retrieved.filters();
            fromQuery = retrieved.fromQuery();
            scorer = scorers.scorer(model, retrieved);
        } else {
            scorer = scorers.scorer(model);
        }
        ScoringRequest request = scorer.request(ask.shopper(), ask.query(), ask.context());
        Comparison comparison = Comparison.of(scorer, request, models, ask.top());
        boolean known = ask.shopper() != null && scorers.data().behaviour().knowsShopper(ask.shopper());
        return new Answer(ask, intent, corrections, filters, fromQuery, comparison, known, (System.nanoTime() - started) / 1e6);
    }

    /**
     * Why the ask's model, and the compared model when there is one, score {@code productId} as they do for the ask's
     * shopper, query and context: one explanation per model, the model first.
     */
    public List<Explained> explain(Ask ask, String productId) {
        if (scorers.data().catalog().indexOf(productId) < 0) {
            throw new MerchLabException("no product '" + productId + "' in the catalog");
        }
        List<Recommender> models = new ArrayList<>(List.of(scorers.modelOrRetrieval(ask.model())));
        if (ask.compareTo() != null) {
            models.add(scorers.model(ask.compareTo()));
        }
        ScoringRequest request = scorers.scorer(models.get(0)).request(ask.shopper(), ask.query(), ask.context());
        models.removeIf(m -> m instanceof RetrievalOrder); // retrieval order has no score to explain
        List<Explained> out = new ArrayList<>();
        for (Recommender m : models) {
            out.add(new Explained(m.name(), m.kind(), new ProductExplainer(m, scorers.data()).explain(request,
                    productId)));
        }
        return out;
    }

    /** One model's explanation of one product's score. */
    public record Explained(String model, String kind, ItemExplanation explanation) {
    }

    private ProductSearch search() {
        if (search == null) {
            search = searchOpener.get();
        }
        return search;
    }

    @Override
    public void close() {
        try {
            scorers.close();
        } finally {
            if (search != null) {
                search.close();
            }
        }
    }
}
