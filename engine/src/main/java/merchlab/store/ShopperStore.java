package merchlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/**
 * A workspace's shoppers: the ids it knows (table {@code users}) and, from the behaviour log, who is most active,
 * what each did lately and who ever clicked or bought. Each call opens its own connection.
 */
public final class ShopperStore {
    private final Workspace workspace;

    public ShopperStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Whether a shopper with this stored id exists. */
    public boolean exists(String id) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT 1 FROM users WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot look up shopper: " + e.getMessage(), e);
        }
    }

    /** Receives one shopper with the size of their logged history. */
    public interface ShopperSink {
        void shopper(String id, long events, long clicks, long purchases);
    }

    /** Receives one shopper action: a search (no product) or a click, view, add-to-cart or purchase. */
    public interface ActionSink {
        void action(long timestamp, String type, String productId, String title, String query);
    }

    /**
     * Up to {@code limit} shoppers whose id contains {@code needle} (ignoring case; every shopper when empty) or, when
     * not null, equals {@code pseudonym}, the shoppers with the most events first, ties by id.
     */
    public void shoppers(String needle, String pseudonym, int limit, ShopperSink sink) {
        String sql = "SELECT user_id, COUNT(*) n, SUM(type = 'click'), SUM(type = 'purchase') FROM events "
                + "WHERE user_id IS NOT NULL" + (needle.isEmpty() ? "" : pseudonym == null
                ? " AND user_id LIKE ? ESCAPE '\\'" : " AND (user_id LIKE ? ESCAPE '\\' OR user_id = ?)")
                + " GROUP BY user_id ORDER BY n DESC, user_id LIMIT ?";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (!needle.isEmpty()) {
                ps.setString(i++, "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (pseudonym != null) {
                ps.setString(i++, pseudonym);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.shopper(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot list shoppers: " + e.getMessage(), e);
        }
    }

    /** The shopper's newest {@code limit} actions other than impressions, newest first, with product titles. */
    public void actions(String shopper, int limit, ActionSink sink) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT e.ts, e.type, e.product_id, p.title, e.query FROM events e LEFT JOIN products p "
                        + "ON p.id = e.product_id WHERE e.user_id = ? AND e.type <> 'impression' "
                        + "ORDER BY e.ts DESC, e.id DESC LIMIT ?")) {
            ps.setString(1, shopper);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.action(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the shopper's history: " + e.getMessage(), e);
        }
    }

    /** The shoppers who clicked or bought anything, in the order the database lists them. */
    public List<String> shoppersWhoClickedOrBought() {
        List<String> all = new ArrayList<>();
        try (Connection c = workspace.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT DISTINCT user_id FROM events WHERE type IN ('click','purchase') AND user_id IS NOT NULL")) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the shoppers: " + e.getMessage(), e);
        }
        return all;
    }
}
