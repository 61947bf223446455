package merchlab.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import merchlab.fixtures.FakeTextEncoder;
import merchlab.store.EmbeddingStore;
import merchlab.workspace.Workspace;

/** A hand-written shop for service tests: products with stock and currency, and orders as purchase events. */
final class ServiceShop {
    static final long T0 = 1_772_323_200_000L; // 2026-03-01T00:00:00Z
    final Workspace workspace;
    final FakeTextEncoder encoder = new FakeTextEncoder(32);
    private final List<EmbeddingStore.Entry> vectors = new ArrayList<>();
    private long nextId = 1;

    ServiceShop(Path file) {
        workspace = Workspace.open(file);
    }

    ServiceShop product(String id, String title, String category, double price, String currency, String availability,
                        String colour, String size) {
        sql("INSERT INTO products(id, title, brand, category, price, currency, availability, color, size, updated_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?)", id, title, "Northwind", category, price, currency, availability,
                colour, size, T0);
        vectors.add(new EmbeddingStore.Entry("product", id, title.hashCode(), encoder.vector(title)));
        return this;
    }

    ServiceShop purchase(String order, String shopper, long ts, String product, int quantity, double price) {
        sql("INSERT INTO events(id, ts, user_id, session_id, type, product_id, price, quantity) VALUES (?,?,?,?,?,?,?,?)",
                nextId++, ts, shopper, order, "purchase", product, price, quantity);
        return this;
    }

    Workspace done() {
        new EmbeddingStore(workspace).save(encoder.name(), vectors);
        workspace.putMeta(EmbeddingStore.ENCODER_SETTING, encoder.name());
        return workspace;
    }

    private void sql(String sql, Object... values) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
