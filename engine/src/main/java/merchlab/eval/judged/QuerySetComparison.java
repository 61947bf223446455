package merchlab.eval.judged;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import merchlab.CancelToken;
import merchlab.model.ModelKinds;
import merchlab.model.Recommender;
import merchlab.scoring.ShopScorers;
import merchlab.search.ProductSearch;
import merchlab.search.SearchResult;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;

/**
 * Compares two list makers query by query on the judged queries, as the judgments protocol makes their lists
 * ({@link JudgedLists}): retrieval alone ({@link JudgedReport#SEARCH}) or a saved model re-ranking retrieval's
 * candidates, each for a visitor without a shopper. What a relevance engineer reads to see which queries a change
 * helped and which it hurt.
 */
public final class QuerySetComparison {
    private final ProductSearch search;
    private final ShopScorers scorers;

    public QuerySetComparison(ProductSearch search, ShopScorers scorers) {
        this.search = search;
        this.scorers = scorers;
    }

    /**
     * Each judged query's NDCG@10 under {@code a} and {@code b} ({@link JudgedReport#SEARCH} or a saved model's name).
     *
     * @param kinds query to its kind where a query set named it; may be empty
     */
    public QuerySet compare(Judgments judgments, Map<String, String> kinds, String a, String b,
                            Consumer<String> progress, CancelToken cancel) {
        long started = System.nanoTime();
        Recommender modelA = model(a);
        Recommender modelB = model(b);
        List<String> queries = judgments.queries();
        Map<String, List<String>> listsA = new LinkedHashMap<>();
        Map<String, List<String>> listsB = new LinkedHashMap<>();
        List<QuerySet.Query> rows = new ArrayList<>(queries.size());
        for (int q = 0; q < queries.size(); q++) {
            if (q % 50 == 0) {
                cancel.check();
                progress.accept("ranking judged query " + (q + 1) + " of " + queries.size());
            }
            String query = queries.get(q);
            SearchResult retrieved = JudgedLists.retrieve(search, query);
            List<String> listA = list(modelA, retrieved, query);
            List<String> listB = b.equals(a) ? listA : list(modelB, retrieved, query);
            listsA.put(query, listA);
            listsB.put(query, listB);
            rows.add(QuerySet.score(query, kinds.get(query), listA, listB, judgments.of(query)));
        }
        Map<String, Map<String, List<String>>> lists = new LinkedHashMap<>();
        lists.put(b, listsB);
        lists.put(a, listsA);
        Map<String, Map<String, Double>> gains = new LinkedHashMap<>();
        queries.forEach(query -> gains.put(query, Map.copyOf(judgments.of(query))));
        return new QuerySet(a, b, QuerySet.byChange(rows), lists, gains, (System.nanoTime() - started) / 1e9);
    }

    /** The saved models that can re-rank retrieval's candidates (of an installed ranking kind), newest first. */
    public static List<String> models(ModelStore store, ModelKinds kinds) {
        return store.list().stream().filter(m -> kinds.names().contains(m.kind())).map(SavedModel::name).toList();
    }

    /**
     * The side compared with retrieval by default: the default model (as Explore's), else the newest of
     * {@link #models}, else {@link JudgedReport#SEARCH} in a workspace without one.
     */
    public static String defaultModel(ModelStore store, ModelKinds kinds) {
        List<String> names = models(store, kinds);
        if (names.isEmpty()) {
            return JudgedReport.SEARCH;
        }
        String preferred = ShopScorers.forShoppers(store, null).name();
        return names.contains(preferred) ? preferred : names.get(0);
    }

    private Recommender model(String name) {
        return JudgedReport.SEARCH.equals(name) ? null : scorers.model(name);
    }

    private List<String> list(Recommender model, SearchResult retrieved, String query) {
        return model == null ? JudgedLists.top(retrieved) : JudgedLists.top(scorers, model, retrieved, query);
    }
}
