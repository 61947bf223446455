package merchlab.eval.judged;

import java.util.List;
import java.util.Map;
import merchlab.eval.stats.PairedComparison;

/**
 * What a judged evaluation found: one row per list maker and visit, overall and per group of queries (language, and
 * kind where known), each re-ranking row compared with retrieval alone on the same queries.
 *
 * @param queries   judged queries evaluated (those with at least one relevant product)
 * @param judgments judgments read
 * @param results   the rows over every query
 * @param groups    group name ({@code lang:en}, {@code kind:paraphrase} ...) to its rows
 * @param lists     row name (model for a visit without a shopper) to each query's top list, for export
 * @param seconds   wall time
 */
public record JudgedReport(int queries, int judgments, List<Row> results, Map<String, List<Row>> groups,
                           Map<String, Map<String, List<String>>> lists, double seconds) {
    /** The row of retrieval alone. */
    public static final String SEARCH = "search";
    /** A visit without a shopper. */
    public static final String ANONYMOUS = "anonymous";
    /** The visits of the shoppers the logs show searching the query, averaged per query. */
    public static final String SHOPPER = "shopper";

    /**
     * One list maker's figures.
     *
     * @param model   {@link #SEARCH} or the saved model's name
     * @param kind    the model's kind ({@code search} for retrieval alone)
     * @param visit   {@link #ANONYMOUS} or {@link #SHOPPER}
     * @param units   queries measured
     * @param metrics mean of each of {@link JudgedMetrics#NAMES}
     * @param versus  NDCG@10 against retrieval alone on the same queries, null for retrieval itself
     */
    public record Row(String model, String kind, String visit, int units, Map<String, Double> metrics,
                      PairedComparison versus) {
    }
}
