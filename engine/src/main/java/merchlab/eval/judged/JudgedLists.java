package merchlab.eval.judged;

import java.util.List;
import merchlab.model.Context;
import merchlab.model.ScoringRequest;
import merchlab.scoring.RelevanceGate;
import merchlab.scoring.ScoredProduct;
import merchlab.scoring.ShopScorers;
import merchlab.search.Candidate;
import merchlab.search.Filters;
import merchlab.search.ProductSearch;
import merchlab.search.SearchResult;
import merchlab.model.Recommender;

/**
 * How the judgments protocol makes a judged query's lists: retrieval's pool for the query without filters, its top
 * {@link JudgedEvaluation#CUTOFF} as the list of retrieval alone, and a model's list as the model re-ranking that pool
 * for a visitor without a shopper.
 */
public final class JudgedLists {
    private JudgedLists() {
    }

    /** Retrieval's candidates for {@code query}, as many as a model re-ranks. */
    public static SearchResult retrieve(ProductSearch search, String query) {
        return search.search(query, RelevanceGate.POOL, Filters.none());
    }

    /** The top of retrieval alone. */
    public static List<String> top(SearchResult retrieved) {
        return retrieved.candidates().stream().limit(JudgedEvaluation.CUTOFF).map(Candidate::productId).toList();
    }

    /** The visit of a visitor without a shopper or context, searching {@code query}. */
    public static ScoringRequest anonymous(String query) {
        return new ScoringRequest(null, List.of(), query, Context.unknown());
    }

    /** The top of {@code model} re-ranking retrieval's candidates for a visitor without a shopper. */
    public static List<String> top(ShopScorers scorers, Recommender model, SearchResult retrieved, String query) {
        return scorers.scorer(model, retrieved).rank(anonymous(query), JudgedEvaluation.CUTOFF).stream()
                .map(ScoredProduct::productId).toList();
    }
}
