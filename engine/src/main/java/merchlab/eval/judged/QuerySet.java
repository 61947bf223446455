package merchlab.eval.judged;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import merchlab.eval.stats.PairedComparison;

/**
 * The judged queries with each query's NDCG@10 under two list makers side by side (A, then B), largest change first,
 * and the lists each side showed, so that a judgment given by hand rescores its query without ranking again.
 *
 * @param a       {@link JudgedReport#SEARCH} (retrieval alone) or a saved model's name
 * @param b       the other side, the same way
 * @param queries one row per judged query, largest change (either way) first
 * @param lists   side ({@code a} or {@code b} name) to each query's top list; both keys are {@code a} when A is B
 * @param gains   each query's judged gains (product to gain)
 * @param seconds wall time of ranking and scoring
 */
public record QuerySet(String a, String b, List<Query> queries, Map<String, Map<String, List<String>>> lists,
                       Map<String, Map<String, Double>> gains, double seconds) {
    /** Any kind or language, for {@link #filter}. */
    public static final String ANY = null;

    /**
     * One judged query's figures.
     *
     * @param kind      its kind in the query set ({@code exact}, {@code paraphrase} ...), null when no set named one
     * @param language  {@code en} or {@code zh} ({@link QueryKinds#language})
     * @param judged    products judged for it
     * @param ndcgA     NDCG@10 of A's list
     * @param ndcgB     NDCG@10 of B's list
     * @param unjudgedA share of A's list nobody judged
     * @param unjudgedB share of B's list nobody judged
     */
    public record Query(String query, String kind, String language, int judged, double ndcgA, double ndcgB,
                        double unjudgedA, double unjudgedB) {
        /** B's NDCG@10 minus A's. */
        public double change() {
            return ndcgB - ndcgA;
        }
    }

    /** A product on one side's list: its rank (1 first) and judged gain, null where nobody judged it. */
    public record Result(int rank, String productId, Double gain) {
        public boolean judged() {
            return gain != null;
        }
    }

    public QuerySet {
        queries = List.copyOf(queries);
    }

    /** A set without queries (a workspace without judged queries), comparing {@code a} with {@code b}. */
    public static QuerySet empty(String a, String b) {
        Map<String, Map<String, List<String>>> lists = new LinkedHashMap<>();
        lists.put(b, Map.of());
        lists.put(a, Map.of());
        return new QuerySet(a, b, List.of(), lists, Map.of(), 0);
    }

    /** Orders rows by the size of their change, largest first; ties by query text. */
    static List<Query> byChange(List<Query> rows) {
        List<Query> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble((Query q) -> -Math.abs(q.change())).thenComparing(Query::query));
        return sorted;
    }

    /** The rows of {@code kind} and {@code language} ({@link #ANY} for either), in the set's order. */
    public List<Query> filter(String kind, String language) {
        return queries.stream().filter(q -> kind == null || kind.equals(q.kind()))
                .filter(q -> language == null || language.equals(q.language())).toList();
    }

    /** The kinds named among the queries, in text order. */
    public List<String> kinds() {
        return List.copyOf(queries.stream().map(Query::kind).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    /** The languages of the queries, in text order. */
    public List<String> languages() {
        return List.copyOf(queries.stream().map(Query::language).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    /** The row of {@code query}, or null. */
    public Query row(String query) {
        return queries.stream().filter(q -> q.query().equals(query)).findFirst().orElse(null);
    }

    /** What {@code side} ({@link #a} or {@link #b}) showed for {@code query}, with each product's grade. */
    public List<Result> results(String query, String side) {
        List<String> list = lists.getOrDefault(side, Map.of()).getOrDefault(query, List.of());
        Map<String, Double> g = gains.getOrDefault(query, Map.of());
        List<Result> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(new Result(i + 1, list.get(i), g.get(list.get(i))));
        }
        return out;
    }

    /** B against A on {@code rows} (mean change, its 95% interval and p-value), paired by query. */
    public static PairedComparison compare(List<Query> rows) {
        return PairedComparison.of(rows.stream().mapToDouble(Query::ndcgB).toArray(),
                rows.stream().mapToDouble(Query::ndcgA).toArray());
    }

    /**
     * The same set after {@code productId} was graded {@code gain} for {@code query}: that query's figures are computed
     * again from the lists already made; the rows keep their order.
     */
    public QuerySet rated(String query, String productId, double gain) {
        Query old = row(query);
        if (old == null) {
            throw new IllegalArgumentException("'" + query + "' is not in this query set");
        }
        Map<String, Map<String, Double>> newGains = new LinkedHashMap<>(gains);
        Map<String, Double> g = new LinkedHashMap<>(gains.getOrDefault(query, Map.of()));
        g.put(productId, gain);
        newGains.put(query, Map.copyOf(g));
        Query now = score(query, old.kind(), lists.get(a).get(query), lists.get(b).get(query), g);
        List<Query> rows = queries.stream().map(q -> q.query().equals(query) ? now : q).toList();
        return new QuerySet(a, b, rows, lists, newGains, seconds);
    }

    /** A query's row from its two lists and its gains. */
    static Query score(String query, String kind, List<String> listA, List<String> listB, Map<String, Double> gains) {
        double[] ma = JudgedMetrics.of(listA, gains, JudgedEvaluation.CUTOFF);
        double[] mb = JudgedMetrics.of(listB, gains, JudgedEvaluation.CUTOFF);
        return new Query(query, kind, QueryKinds.language(query), gains.size(), ma[0], mb[0], ma[2], mb[2]);
    }
}
