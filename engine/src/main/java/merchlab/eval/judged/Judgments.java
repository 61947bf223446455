package merchlab.eval.judged;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import merchlab.MerchLabException;
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
        Map<String, Map<String, Double>> gains = new TreeMap<>();
        Map<String, List<Search>> searches = new LinkedHashMap<>();
        try (Connection c = workspace.connect()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT query, product_id, grade FROM judgments");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    gains.computeIfAbsent(rs.getString(1), q -> new LinkedHashMap<>()).put(rs.getString(2),
                            rs.getDouble(3));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT e.query, e.user_id, MIN(e.ts) first, COUNT(*) n "
                    + "FROM events e JOIN (SELECT DISTINCT query FROM judgments) j ON j.query = e.query "
                    + "WHERE e.type = 'search' AND e.user_id IS NOT NULL GROUP BY e.query, e.user_id "
                    + "ORDER BY e.query, n DESC, e.user_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Search> list = searches.computeIfAbsent(rs.getString(1), q -> new ArrayList<>());
                    if (list.size() < shoppersPerQuery) {
                        list.add(new Search(rs.getString(2), rs.getLong(3)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the judgments: " + e.getMessage(), e);
        }
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
