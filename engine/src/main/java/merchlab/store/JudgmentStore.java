package merchlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/**
 * The graded judgments of queries and products (table {@code judgments}), the kinds their query sets name (table
 * {@code query_kinds}), and the logged searches of judged queries. Each call opens its own connection.
 */
public final class JudgmentStore {
    private final Workspace workspace;

    public JudgmentStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Receives one shopper's searches of one judged query. */
    public interface SearchSink {
        void search(String query, String shopperId, long firstSearched);
    }

    /** Receives one judgment of a query with who gave it and when (null if unknown). */
    public interface RatingSink {
        void rating(String productId, double gain, String rater, Long ratedAt);
    }

    /** Every judgment: query to (product to gain), queries in text order. */
    public Map<String, Map<String, Double>> gains() {
        Map<String, Map<String, Double>> gains = new TreeMap<>();
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT query, product_id, grade FROM judgments");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                gains.computeIfAbsent(rs.getString(1), q -> new LinkedHashMap<>()).put(rs.getString(2),
                        rs.getDouble(3));
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the judgments: " + e.getMessage(), e);
        }
        return gains;
    }

    /** The shoppers the logs show searching each judged query: by query, then most frequent first, then by id. */
    public void searchesOfJudgedQueries(SearchSink sink) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT e.query, e.user_id, MIN(e.ts) first, COUNT(*) n "
                     + "FROM events e JOIN (SELECT DISTINCT query FROM judgments) j ON j.query = e.query "
                     + "WHERE e.type = 'search' AND e.user_id IS NOT NULL GROUP BY e.query, e.user_id "
                     + "ORDER BY e.query, n DESC, e.user_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.search(rs.getString(1), rs.getString(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the judgments: " + e.getMessage(), e);
        }
    }

    /** The gain of each product judged for {@code query} (case and outer spaces ignored); empty when unjudged. */
    public Map<String, Double> grades(String query) {
        Map<String, Double> out = new LinkedHashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT product_id, grade FROM judgments WHERE lower(trim(query)) = lower(?)")) {
            ps.setString(1, query.strip());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getDouble(2));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read judgments: " + e.getMessage(), e);
        }
        return out;
    }

    /** Stores a judgment, replacing any earlier one of the pair. */
    public void rate(String query, String productId, double gain, String rater, long ratedAt) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO judgments(query, product_id, grade, rater, rated_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT(query, product_id) DO UPDATE SET grade = excluded.grade, rater = excluded.rater, "
                        + "rated_at = excluded.rated_at")) {
            ps.setString(1, query);
            ps.setString(2, productId);
            ps.setDouble(3, gain);
            ps.setString(4, rater);
            ps.setLong(5, ratedAt);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new MerchLabException("cannot store the rating of " + productId + " for '" + query + "': "
                    + e.getMessage(), e);
        }
    }

    /** The judgments of {@code query} in product order. */
    public void ratings(String query, RatingSink sink) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT product_id, grade, rater, rated_at FROM judgments WHERE query = ? ORDER BY product_id")) {
            ps.setString(1, query);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long at = rs.getLong(4);
                    Long ratedAt = rs.wasNull() ? null : at;
                    sink.rating(rs.getString(1), rs.getDouble(2), rs.getString(3), ratedAt);
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the judgments of '" + query + "': " + e.getMessage(), e);
        }
    }

    /** Stores (or replaces) the kinds of {@code kinds}' queries in one transaction. */
    public void storeKinds(Map<String, String> kinds) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO query_kinds(query, kind) VALUES (?, ?) ON CONFLICT(query) DO UPDATE SET kind = excluded.kind")) {
            c.setAutoCommit(false);
            for (Map.Entry<String, String> e : kinds.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new MerchLabException("cannot store the query kinds: " + e.getMessage(), e);
        }
    }

    /** Every stored query's kind, queries in text order. */
    public Map<String, String> kinds() {
        Map<String, String> kinds = new TreeMap<>();
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT query, kind FROM query_kinds");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                kinds.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the query kinds: " + e.getMessage(), e);
        }
        return kinds;
    }
}
