package merchlab.features;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import merchlab.MerchLabException;
import merchlab.behaviour.EventType;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.workspace.Workspace;

/**
 * The behaviour of a workspace, read from its events table on each call (one connection kept for the many small reads
 * of scoring; {@link #close()} releases it).
 */
public final class WorkspaceBehaviour implements BehaviourLog, AutoCloseable {
    static final String ENGAGEMENT_TYPES = Arrays.stream(EventType.values()).filter(EventType::isEngagement)
            .map(t -> "'" + t.code() + "'").collect(Collectors.joining(","));
    private static final String ENGAGEMENT_SQL = "SELECT user_id, product_id, ts FROM events WHERE type IN ("
            + ENGAGEMENT_TYPES + ") AND user_id IS NOT NULL AND product_id IS NOT NULL AND ts >= ? AND ts < ?"
            + " ORDER BY user_id, ts, id";

    private final Workspace workspace;
    private final Supplier<ShopCatalog> catalog;
    private Connection reader;

    /** @param catalog the catalog that numbers the products of {@link #events} */
    public WorkspaceBehaviour(Workspace workspace, Supplier<ShopCatalog> catalog) {
        this.workspace = workspace;
        this.catalog = catalog;
    }

    @Override
    public InteractionLog interactions(long from, long to) {
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
        return InteractionLog.of(rows).withoutRepeats();
    }

    @Override
    public EventLog events(long from, long to) {
        return EventLog.load(workspace, catalog.get(), from, to);
    }

    @Override
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

    @Override
    public List<String> history(String userId, long before) {
        return products("SELECT product_id FROM events WHERE user_id = ? AND ts < ? AND product_id IS NOT NULL "
                + "AND type IN (" + ENGAGEMENT_TYPES + ") ORDER BY ts, id", userId, before, "the history of shopper ");
    }

    @Override
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

    @Override
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
