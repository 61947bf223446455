package merchlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import merchlab.MerchLabException;
import merchlab.behaviour.EventType;
import merchlab.behaviour.Interaction;
import merchlab.workspace.Workspace;
import tech.tablesaw.api.Table;

/**
 * A workspace's behaviour log (table {@code events}) as models, features and scoring read it. Bulk reads stream rows
 * on their own connection; the many small reads of scoring share one connection that {@link #close()} releases.
 */
public final class EventStore implements AutoCloseable {
    private static final String ENGAGEMENT_TYPES = Arrays.stream(EventType.values()).filter(EventType::isEngagement)
            .map(t -> "'" + t.code() + "'").collect(Collectors.joining(","));
    private static final String ENGAGEMENT_SQL = "SELECT user_id, product_id, ts FROM events WHERE type IN ("
            + ENGAGEMENT_TYPES + ") AND user_id IS NOT NULL AND product_id IS NOT NULL AND ts >= ? AND ts < ?"
            + " ORDER BY user_id, ts, id";

    private final Workspace workspace;
    private Connection reader;

    public EventStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Which events a read keeps, judged before the rest of the row is read. */
    public interface EventFilter {
        boolean keep(String userId, long timestamp, String productId, EventType type);
    }

    /**
     * Receives the events of a read one by one, oldest first.
     *
     * @param trueClickProbability NaN when the log has none
     * @param dwellMillis          -1 when the log has none
     */
    public interface EventSink {
        void event(long timestamp, String userId, EventType type, String productId, String query, int position,
                   String device, String requestId, float trueClickProbability, String sessionId, int dwellMillis);
    }

    /** Streams the events with {@code from <= ts < to} of a known type, ordered by time. */
    public void events(long from, long to, EventSink sink) {
        read(from, to, "", (user, ts, product, type) -> true, sink);
    }

    /**
     * Streams the engagements (click, view, add-to-cart, purchase) of a shopper with a product and
     * {@code from <= ts < to} that {@code keep} accepts, ordered by time.
     */
    public void engagements(long from, long to, EventFilter keep, EventSink sink) {
        read(from, to, "type IN (" + ENGAGEMENT_TYPES + ") AND user_id IS NOT NULL AND product_id IS NOT NULL", keep,
                sink);
    }

    private void read(long from, long to, String where, EventFilter keep, EventSink sink) {
        String sql = "SELECT ts, user_id, type, product_id, query, position, device, request_id, true_ctr, session_id, "
                + "dwell_ms "
                + "FROM events WHERE ts >= ? AND ts < ?" + (where.isEmpty() ? "" : " AND " + where)
                + " ORDER BY ts, id";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EventType t = EventType.parse(rs.getString(3)).orElse(null);
                    if (t == null || !keep.keep(rs.getString(2), rs.getLong(1), rs.getString(4), t)) {
                        continue;
                    }
                    int pos = rs.getInt(6);
                    double ctr = rs.getDouble(9);
                    boolean noCtr = rs.wasNull();
                    long dwellMs = rs.getLong(11);
                    boolean noDwell = rs.wasNull();
                    sink.event(rs.getLong(1), rs.getString(2), t, rs.getString(4), rs.getString(5), pos,
                            rs.getString(7), rs.getString(8), noCtr ? Float.NaN : (float) ctr, rs.getString(10),
                            noDwell ? -1 : (int) Math.min(Integer.MAX_VALUE, dwellMs));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read behaviour events: " + e.getMessage(), e);
        }
    }

    /** The engagements with {@code from <= ts < to} of shoppers with products, by shopper then time. */
    public List<Interaction> interactions(long from, long to) {
        List<Interaction> rows = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(ENGAGEMENT_SQL)) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Interaction(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read engagement events: " + e.getMessage(), e);
        }
        return rows;
    }

    /** Calls {@code sink} with the query of each of the {@code limit} most recent logged searches, newest first. */
    public void recentSearches(int limit, Consumer<String> sink) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT query FROM events WHERE type = 'search' AND query IS NOT NULL ORDER BY ts DESC LIMIT " + limit)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the logged searches: " + e.getMessage(), e);
        }
    }

    /** Receives one event of a shopper as the log writes it; product and query null when it has none. */
    public interface ShopperEventSink {
        void event(String userId, String productId, String type, String query);
    }

    /** Every event of a known shopper, by shopper then time. */
    public void shopperEvents(ShopperEventSink sink) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT user_id, product_id, type, query FROM events WHERE user_id IS NOT NULL ORDER BY user_id, ts, id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read shoppers' histories: " + e.getMessage(), e);
        }
    }

    /** The {@code limit} products most engaged with (clicked, viewed, carted, bought), most first, ties by id. */
    public List<String> mostEngaged(int limit) {
        List<String> top = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT product_id, COUNT(*) n FROM events WHERE product_id IS NOT NULL "
                        + "AND type IN ('click','view','add_to_cart','purchase') GROUP BY product_id "
                        + "ORDER BY n DESC, product_id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    top.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot count popular products: " + e.getMessage(), e);
        }
        return top;
    }

    /** The first and last impression's time, or empty when the log shows none. */
    public Optional<long[]> impressionSpan() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(ts), MAX(ts) FROM events WHERE type = 'impression'"); ResultSet rs = ps.executeQuery()) {
            long first = rs.getLong(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(new long[] {first, rs.getLong(2)});
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the impressions' dates: " + e.getMessage(), e);
        }
    }

    /**
     * The impressions with {@code from <= ts < to} counted by two expressions over the impression ({@code i}) and its
     * product ({@code p}), each with how many were clicked, carted and bought in the same result list before
     * {@code outcomesTo}: columns {@code rowName, columnName, impressions, clicks, carts, purchases}, ordered by the
     * two values; a failure names {@code what} was counted.
     */
    public Table impressionOutcomes(String rowSql, String rowName, String columnSql, String columnName, long from,
                                    long to, long outcomesTo, String what) {
        String sql = "WITH outcome AS (SELECT request_id, product_id, MAX(type = 'click') AS clicked, "
                + "MAX(type = 'add_to_cart') AS carted, MAX(type = 'purchase') AS bought FROM events "
                + "WHERE type IN ('click', 'add_to_cart', 'purchase') AND request_id IS NOT NULL "
                + "AND ts >= ? AND ts < ? GROUP BY request_id, product_id) "
                + "SELECT " + rowSql + " AS " + rowName + ", " + columnSql + " AS " + columnName + ", "
                + "COUNT(*) AS impressions, COALESCE(SUM(o.clicked), 0) AS clicks, "
                + "COALESCE(SUM(o.carted), 0) AS carts, COALESCE(SUM(o.bought), 0) AS purchases "
                + "FROM events i LEFT JOIN outcome o ON o.request_id = i.request_id AND o.product_id = i.product_id "
                + "LEFT JOIN products p ON p.id = i.product_id "
                + "WHERE i.type = 'impression' AND i.ts >= ? AND i.ts < ? GROUP BY 1, 2 ORDER BY 1, 2";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, from);
            ps.setLong(2, outcomesTo);
            ps.setLong(3, from);
            ps.setLong(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                return Table.read().db(rs);
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot count impressions by " + what + ": " + e.getMessage(), e);
        }
    }

    /** The first and last event time, or empty when the log is. */
    public Optional<long[]> span() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(ts), MAX(ts) FROM events"); ResultSet rs = ps.executeQuery()) {
            long min = rs.getLong(1);
            if (rs.wasNull()) {
                return Optional.empty();
            }
            return Optional.of(new long[] {min, rs.getLong(2)});
        } catch (SQLException e) {
            throw new MerchLabException("cannot read behaviour events: " + e.getMessage(), e);
        }
    }

    /** The products a shopper engaged with before {@code before}, oldest first. */
    public List<String> history(String userId, long before) {
        return products("SELECT product_id FROM events WHERE user_id = ? AND ts < ? AND product_id IS NOT NULL "
                + "AND type IN (" + ENGAGEMENT_TYPES + ") ORDER BY ts, id", userId, before, "the history of shopper ");
    }

    /** The products recommended (shown outside a search) to a shopper before {@code before}, oldest first. */
    public List<String> recommended(String userId, long before) {
        return products("SELECT product_id FROM events WHERE user_id = ? AND ts < ? AND type = 'impression' "
                + "AND product_id IS NOT NULL AND query IS NULL ORDER BY ts, id", userId, before, "what was shown to ");
    }

    private List<String> products(String sql, String userId, long before, String what) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = reader().prepareStatement(sql)) {
            ps.setString(1, userId);
            ps.setLong(2, before);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read " + what + userId + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Whether the log has any event of this shopper. */
    public boolean knowsShopper(String userId) {
        try (PreparedStatement ps = reader().prepareStatement("SELECT 1 FROM events WHERE user_id = ? LIMIT 1")) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read behaviour events: " + e.getMessage(), e);
        }
    }

    private Connection reader() throws SQLException {
        if (reader == null) {
            reader = workspace.connect();
        }
        return reader;
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (SQLException e) {
                // closing a read-only connection cannot lose data
            }
            reader = null;
        }
    }
}
