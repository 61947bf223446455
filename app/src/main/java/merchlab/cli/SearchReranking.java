package merchlab.cli;

import java.util.List;
import java.util.Map;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.scoring.ShopScorer;
import merchlab.scoring.ShopScorers;
import merchlab.search.SearchResult;
import merchlab.shop.ShopServices;
import merchlab.workspace.Workspace;

/**
 * {@code search --model}: the hybrid retriever's candidates re-ranked by a trained model for the shopper and the visit,
 * the retriever's best matches kept above the rest (see {@link ShopScorers#scorer(Recommender, SearchResult)}), with the predicted CTR per product (and, with {@code --explain}, each product's
 * attributions, completeness error and reasons).
 */
final class SearchReranking {
    private SearchReranking() {
    }

    static List<Map<String, Object>> rerank(ShopServices services, Workspace ws, String modelName, String query,
                                            String user, Context context, SearchResult result, int top,
                                            boolean explain) {
        try (ShopData data = services.data(ws);
             ShopScorers scorers = services.scorers(data)) {
            Recommender model = scorers.model(modelName);
            ShopScorer scorer = scorers.scorer(model, result);
            ScoringRequest request = scorer.request(user, query, context);
            List<Map<String, Object>> items = ScoringSetup.items(scorer.rank(request, top));
            for (Map<String, Object> item : items) {
                item.put("model", model.name());
                item.remove("sources");
            }
            if (explain) {
                new Explanations(model, data).addTo(items, request);
            }
            return items;
        }
    }
}
