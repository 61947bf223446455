package merchlab.browse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/**
 * What a screen shows beside a listed product: its catalog facts (title in full, brand, category, price, stock), the
 * grade a judge gave it for a query, and a shopper's recent history.
 */
public final class ProductCards {
    /** Most products read in one statement. */
    private static final int CHUNK = 500;

    private final Workspace workspace;

    public ProductCards(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One shopper action of the history: a search (no product) or a click, view, add-to-cart or purchase. */
    public record Action(long ts, String type, String productId, String title, String query) {
    }

    /** The catalog rows of {@code ids} that exist, by id. */
    public Map<String, ProductRow> cards(Collection<String> ids) {
        Map<String, ProductRow> out = new LinkedHashMap<>();
        List<String> all = List.copyOf(ids);
        try (Connection c = workspace.connect()) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT id, title, brand, category, price, currency, "
                        + "availability, color, size FROM products WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            double price = rs.getDouble(5);
                            out.put(rs.getString(1), new ProductRow(rs.getString(1), rs.getString(2), rs.getString(3),
                                    rs.getString(4), rs.wasNull() ? null : price, rs.getString(6), rs.getString(7),
                                    rs.getString(8), rs.getString(9)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read products: " + e.getMessage(), e);
        }
        return out;
    }

    /** The judged grade of each product for {@code query} (case and outer spaces ignored); empty when unjudged. */
    public Map<String, Double> grades(String query) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return out;
        }
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

    /** The shopper's newest {@code limit} searches, clicks, views, add-to-carts and purchases, newest first. */
    public List<Action> history(String shopper, int limit) {
        List<Action> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT e.ts, e.type, e.product_id, p.title, e.query FROM events e LEFT JOIN products p "
                        + "ON p.id = e.product_id WHERE e.user_id = ? AND e.type <> 'impression' "
                        + "ORDER BY e.ts DESC, e.id DESC LIMIT ?")) {
            ps.setString(1, shopper);
            ps.setInt(2, Math.max(1, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Action(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the shopper's history: " + e.getMessage(), e);
        }
        return out;
    }
}
