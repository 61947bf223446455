package merchlab.eval.judged;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import merchlab.store.JudgmentStore;
import merchlab.workspace.Workspace;

/**
 * The workspace's graded judgments, query by query, and the shoppers the logs show searching each judged query.
 *
 * @param gains    query to (product to gain), queries in text order
 * @param searches query to the shoppers who searched it, most frequent first, each with the time of their first search
 */
public record Judgments(Map<String, Map<String, Double>> gains, Map<String, List<Search>> searches) {
    /** A shopper's logged search of a judged query. */
    public record Search(String shopperId, long firstSearched) {
    }

    /** Reads every judgment, and for each judged query up to {@code shoppersPerQuery} shoppers who searched it. */
    public static Judgments load(Workspace workspace, int shoppersPerQuery) {
        JudgmentStore store = new JudgmentStore(workspace);
        Map<String, Map<String, Double>> gains = store.gains();
        Map<String, List<Search>> searches = new LinkedHashMap<>();
        store.searchesOfJudgedQueries((query, shopper, first) -> {
            List<Search> list = searches.computeIfAbsent(query, q -> new ArrayList<>());
            if (list.size() < shoppersPerQuery) {
                list.add(new Search(shopper, first));
            }
        });
        return new Judgments(gains, searches);
    }

    /** The judged queries with at least one product of positive gain (the others have no ideal list), in text order. */
    public List<String> queries() {
        return gains.entrySet().stream().filter(e -> e.getValue().values().stream().anyMatch(g -> g > 0))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The same judgments restricted to {@code size} judged queries (of those with a relevant product) drawn at random
     * with {@code seed}; all of them when there are no more.
     */
    public Judgments sample(int size, long seed) {
        List<String> queries = new ArrayList<>(queries());
        if (queries.size() <= size) {
            return this;
        }
        java.util.Collections.shuffle(queries, new java.util.Random(seed));
        Map<String, Map<String, Double>> kept = new TreeMap<>();
        queries.subList(0, size).forEach(q -> kept.put(q, gains.get(q)));
        return new Judgments(kept, searches);
    }

    /** The gains of one query's judged products (empty when the query is not judged). */
    public Map<String, Double> of(String query) {
        return gains.getOrDefault(query, Map.of());
    }

    /** The shoppers who searched {@code query}, most frequent first. */
    public List<Search> searchesOf(String query) {
        return searches.getOrDefault(query, List.of());
    }

    /** Number of judgments. */
    public int size() {
        return gains.values().stream().mapToInt(Map::size).sum();
    }
}
