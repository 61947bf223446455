package merchlab.eval.judged;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import merchlab.CancelToken;
import merchlab.eval.stats.PairedComparison;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.scoring.ScoredProduct;
import merchlab.scoring.ShopScorer;
import merchlab.scoring.ShopScorers;
import merchlab.search.ProductSearch;
import merchlab.search.SearchResult;
import merchlab.store.EvaluationStore;

/**
 * The {@code judgments} protocol: for every judged query, the top {@link #CUTOFF} of retrieval alone (row
 * {@code search}) and of each model re-ranking the retriever's candidates, once for a visitor without a shopper and
 * once for each shopper the logs show searching the query (with their history up to that first search), scored against
 * the judgments by {@link JudgedMetrics}, with each model's NDCG@10 compared with retrieval's by a paired test per
 * query ({@link PairedComparison}).
 */
public final class JudgedEvaluation {
    /** The protocol's name. */
    public static final String PROTOCOL = "judgments";
    /** The stored figure that counts the judged queries a row was measured on. */
    public static final String TEST_QUERIES = "test_queries";
    /** Products per list. */
    public static final int CUTOFF = 10;
    /** Logged shoppers per query whose visits are scored. */
    public static final int SHOPPERS_PER_QUERY = 3;

    private final ShopData data;
    private final ProductSearch search;
    private final ShopScorers scorers;
    private final EvaluationStore results;

    /** @param results where the rows of visits without a shopper are stored, with protocol {@link #PROTOCOL} */
    public JudgedEvaluation(ShopData data, ProductSearch search, ShopScorers scorers, EvaluationStore results) {
        this.data = data;
        this.search = search;
        this.scorers = scorers;
        this.results = results;
    }

    /**
     * Evaluates retrieval and {@code models}.
     *
     * @param kinds query to its kind ({@code exact}, {@code paraphrase} ...) where known, for a breakdown; may be empty
     */
    public JudgedReport run(Judgments judgments, List<Recommender> models, Map<String, String> kinds,
                            Consumer<String> progress, CancelToken cancel) {
        long started = System.nanoTime();
        List<String> queries = judgments.queries();
        int n = queries.size();
        List<SearchResult> retrieved = new ArrayList<>(n);
        Map<String, List<String>> searchLists = new LinkedHashMap<>();
        double[][] searchValues = new double[n][];
        for (int q = 0; q < n; q++) {
            if (q % 500 == 0) {
                cancel.check();
                progress.accept("retrieving for judged query " + (q + 1) + " of " + n);
            }
            SearchResult r = JudgedLists.retrieve(search, queries.get(q));
            retrieved.add(r);
            List<String> top = JudgedLists.top(r);
            searchLists.put(queries.get(q), top);
            searchValues[q] = JudgedMetrics.of(top, judgments.of(queries.get(q)), CUTOFF);
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series(JudgedReport.SEARCH, JudgedReport.SEARCH, JudgedReport.ANONYMOUS, searchValues));
        Map<String, Map<String, List<String>>> lists = new LinkedHashMap<>();
        lists.put(JudgedReport.SEARCH, searchLists);
        for (Recommender model : models) {
            progress.accept("re-ranking with " + model.name());
            Series anonymous = new Series(model.name(), model.kind(), JudgedReport.ANONYMOUS, new double[n][]);
            Series shoppers = new Series(model.name(), model.kind(), JudgedReport.SHOPPER, new double[n][]);
            Map<String, List<String>> modelLists = new LinkedHashMap<>();
            for (int q = 0; q < n; q++) {
                if (q % 200 == 0) {
                    cancel.check();
                }
                String query = queries.get(q);
                ShopScorer scorer = scorers.scorer(model, retrieved.get(q));
                List<ScoringRequest> requests = new ArrayList<>();
                requests.add(JudgedLists.anonymous(query));
                for (Judgments.Search s : judgments.searchesOf(query)) {
                    requests.add(new ScoringRequest(s.shopperId(), data.behaviour().history(s.shopperId(), s.firstSearched()), query,
                            Context.unknown(), data.behaviour().recommended(s.shopperId(), s.firstSearched())));
                }
                List<List<ScoredProduct>> ranked = scorer.rankAll(requests, CUTOFF);
                List<String> top = ids(ranked.get(0));
                modelLists.put(query, top);
                anonymous.values[q] = JudgedMetrics.of(top, judgments.of(query), CUTOFF);
                if (ranked.size() > 1) {
                    double[] mean = new double[JudgedMetrics.NAMES.size()];
                    for (int v = 1; v < ranked.size(); v++) {
                        double[] m = JudgedMetrics.of(ids(ranked.get(v)), judgments.of(query), CUTOFF);
                        for (int j = 0; j < mean.length; j++) {
                            mean[j] += m[j] / (ranked.size() - 1);
                        }
                    }
                    shoppers.values[q] = mean;
                }
            }
            series.add(anonymous);
            lists.put(model.name(), modelLists);
            if (java.util.Arrays.stream(shoppers.values).anyMatch(v -> v != null)) {
                series.add(shoppers);
            }
        }
        List<Integer> all = new ArrayList<>();
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int q = 0; q < n; q++) {
            all.add(q);
            String query = queries.get(q);
            groups.computeIfAbsent("lang:" + QueryKinds.language(query), g -> new ArrayList<>()).add(q);
            String kind = kinds.get(query);
            if (kind != null) {
                groups.computeIfAbsent("kind:" + kind, g -> new ArrayList<>()).add(q);
            }
        }
        Map<String, List<JudgedReport.Row>> byGroup = new LinkedHashMap<>();
        groups.forEach((g, members) -> byGroup.put(g, rows(series, members)));
        List<JudgedReport.Row> overall = rows(series, all);
        for (JudgedReport.Row r : overall) {
            if (r.visit().equals(JudgedReport.ANONYMOUS)) {
                Map<String, Double> stored = new LinkedHashMap<>(r.metrics());
                stored.put(TEST_QUERIES, (double) r.units());
                results.save(r.model(), r.kind(), PROTOCOL, PairedComparison.stored(stored, r.versus()));
            }
        }
        return new JudgedReport(n, judgments.size(), overall, byGroup, lists, (System.nanoTime() - started) / 1e9);
    }

    private static List<String> ids(List<ScoredProduct> list) {
        return list.stream().map(ScoredProduct::productId).toList();
    }

    /** One row's per-query values: {@code values[q]} is null where the row has no list for query {@code q}. */
    private record Series(String model, String kind, String visit, double[][] values) {
    }

    private static List<JudgedReport.Row> rows(List<Series> series, List<Integer> members) {
        double[][] search = series.get(0).values();
        List<JudgedReport.Row> rows = new ArrayList<>();
        for (Series s : series) {
            List<Integer> units = members.stream().filter(q -> s.values()[q] != null).toList();
            if (units.isEmpty()) {
                continue;
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (int j = 0; j < JudgedMetrics.NAMES.size(); j++) {
                final int metric = j;
                metrics.put(JudgedMetrics.NAMES.get(j),
                        units.stream().mapToDouble(q -> s.values()[q][metric]).average().orElse(Double.NaN));
            }
            PairedComparison versus = null;
            if (s != series.get(0)) {
                double[] a = units.stream().mapToDouble(q -> s.values()[q][0]).toArray();
                double[] b = units.stream().mapToDouble(q -> search[q][0]).toArray();
                versus = PairedComparison.of(a, b);
            }
            rows.add(new JudgedReport.Row(s.model(), s.kind(), s.visit(), units.size(), metrics, versus));
        }
        return rows;
    }
}
