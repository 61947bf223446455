package merchlab.cli;

import java.util.List;
import java.util.Map;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.ModelKinds;
import merchlab.model.ModelStore;
import merchlab.model.Recommender;
import merchlab.model.SavedModel;
import merchlab.model.ScoringRequest;
import merchlab.scoring.ShopScorer;
import merchlab.scoring.Sources;
import merchlab.search.Candidate;
import merchlab.search.SearchResult;
import merchlab.workspace.Workspace;

/**
 * {@code search --model}: the hybrid retriever's candidates, popular and co-occurring products re-ranked by a trained
 * model for the shopper and the visit, with the predicted CTR per product (and, with {@code --explain}, each product's
 * attributions, completeness error and reasons).
 */
final class SearchReranking {
    private SearchReranking() {
    }

    static List<Map<String, Object>> rerank(Workspace ws, String modelName, String query, String user, Context context,
                                            SearchResult result, int top, boolean explain) {
        ModelKinds kinds = ModelKinds.installed();
        ModelStore store = new ModelStore(ws);
        List<String> retrieved = result.candidates().stream().map(Candidate::productId).toList();
        try (ShopData data = TextEncoders.shopData(ws)) {
            SavedModel saved = ScoringSetup.chooseModel(store, modelName);
            try (Recommender model = kinds.open(saved, data)) {
                ShopScorer scorer = ScoringSetup.scorer(data, kinds, store, model, List.of(
                        Sources.source("hybrid", (request, limit) -> retrieved.subList(0,
                                Math.min(limit, retrieved.size())))));
                ScoringRequest request = scorer.request(user, query, context);
                List<Map<String, Object>> items = ScoringSetup.items(scorer.rank(request, top));
                for (Map<String, Object> item : items) {
                    item.put("model", saved.name());
                    item.put("foundBy", item.remove("sources"));
                }
                if (explain) {
                    new Explanations(model, data).addTo(items, request);
                }
                return items;
            }
        }
    }
}
