package merchlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import merchlab.MerchLabException;
import merchlab.behaviour.Order;
import merchlab.workspace.Workspace;

/**
 * The orders of a workspace, read once from its purchase events (grouped by session) and kept in memory, so a
 * shopper's order is found at once.
 */
public final class OrderStore {
    private final Map<String, Order> orders;

    private OrderStore(Map<String, Order> orders) {
        this.orders = orders;
    }

    /** Reads every order of the workspace. */
    public static OrderStore load(Workspace workspace) {
        Map<String, String> shoppers = new HashMap<>();
        Map<String, Long> placed = new HashMap<>();
        Map<String, List<Order.Item>> items = new HashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT session_id, user_id, ts, product_id, quantity, price FROM events"
                        + " WHERE type = 'purchase' AND session_id IS NOT NULL ORDER BY ts, id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    shoppers.putIfAbsent(id, rs.getString(2));
                    placed.putIfAbsent(id, rs.getLong(3));
                    int quantity = rs.getInt(5);
                    double price = rs.getDouble(6);
                    boolean noPrice = rs.wasNull();
                    items.computeIfAbsent(id, k -> new ArrayList<>()).add(new Order.Item(rs.getString(4),
                            Math.max(1, quantity), noPrice ? null : price));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the orders: " + e.getMessage(), e);
        }
        Map<String, Order> orders = new HashMap<>();
        items.forEach((id, list) -> orders.put(id, new Order(id, shoppers.get(id), placed.get(id), list)));
        return new OrderStore(orders);
    }

    /** The order of that id (compared ignoring case and a leading {@code #}). */
    public Optional<Order> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String key = id.strip();
        if (key.startsWith("#")) {
            key = key.substring(1);
        }
        Order o = orders.get(key);
        if (o == null) {
            o = orders.get(key.toUpperCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(o);
    }

    /** Up to {@code n} orders, the newest first (ties by id). */
    public List<Order> newest(int n) {
        return orders.values().stream().sorted(java.util.Comparator.comparingLong(Order::placedAt).reversed()
                .thenComparing(Order::id)).limit(n).toList();
    }

    public int size() {
        return orders.size();
    }
}
