package merchlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import merchlab.MerchLabException;
import merchlab.catalog.Product;
import merchlab.catalog.ProductRow;
import merchlab.workspace.Workspace;
import merchlab.workspace.WriterLock;

/**
 * The catalog as a workspace's {@code products} table holds it: whole products in id order, and the few columns that
 * models and search facets read.
 */
public final class ProductStore {
    private static final String COLUMNS = "id, title, description, brand, category, price, currency, sale_price, "
            + "availability, color, size, material, gender, link, image_link, item_group_id";

    private final Workspace workspace;

    public ProductStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Calls {@code sink} with every product, streaming (the catalog is never held in memory here). */
    public void forEach(Consumer<Product> sink) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM products ORDER BY id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(product(rs));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read products: " + e.getMessage(), e);
        }
    }

    /** All products. */
    public List<Product> all() {
        List<Product> products = new ArrayList<>();
        forEach(products::add);
        return products;
    }

    /** The products with the given ids, by id; unknown ids are absent. */
    public Map<String, Product> find(java.util.Collection<String> ids) {
        Map<String, Product> found = new java.util.HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String sql = "SELECT " + COLUMNS + " FROM products WHERE id IN (" + "?,".repeat(chunk.size() - 1) + "?)";
            try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Product p = product(rs);
                        found.put(p.id(), p);
                    }
                }
            } catch (SQLException e) {
                throw new MerchLabException("cannot read products: " + e.getMessage(), e);
            }
        }
        return found;
    }

    /**
     * Every product ordered by id with the fields models read: id, title, brand, category, price, colour, gender,
     * item group and availability (the others null).
     */
    public List<Product> forModels() {
        List<Product> products = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, title, brand, category, price, color, gender, item_group_id, availability FROM products "
                        + "ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double p = rs.getDouble(5);
                Double price = rs.wasNull() ? null : p;
                products.add(new Product(rs.getString(1), rs.getString(2), null, rs.getString(3), rs.getString(4),
                        price, null, null, rs.getString(9), rs.getString(6), null, null, rs.getString(7), null, null,
                        rs.getString(8), null));
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the catalog: " + e.getMessage(), e);
        }
        return products;
    }

    /** Receives the facts a search filters on of one product; prices are null when unknown. */
    public interface FactsSink {
        void facts(String id, String category, Double price, Double salePrice, String availability);
    }

    /** Calls {@code sink} with the category, prices and availability of every product, streaming. */
    public void forEachFacts(FactsSink sink) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, category, price, sale_price, availability FROM products")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.facts(rs.getString(1), rs.getString(2), number(rs, 3), number(rs, 4), rs.getString(5));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read product facts: " + e.getMessage(), e);
        }
    }

    /** The catalog rows of {@code ids} that exist, by id, read {@code 500} ids to a statement on one connection. */
    public Map<String, ProductRow> rows(Collection<String> ids) {
        Map<String, ProductRow> out = new LinkedHashMap<>();
        List<String> all = List.copyOf(ids);
        try (Connection c = workspace.connect()) {
            for (int from = 0; from < all.size(); from += 500) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
                String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
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

    /**
     * Writes products straight into the table (replacing rows with the same id) in one transaction under the
     * workspace's writer lock, for evaluations whose "products" are not a catalog file.
     */
    public void put(List<Product> products) {
        try (WriterLock lock = workspace.lockForWriting(); Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO products(id, title, description, brand, category, price, sale_price, availability, "
                        + "color, size, material, gender, item_group_id, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            c.setAutoCommit(false);
            for (Product p : products) {
                ps.setString(1, p.id());
                ps.setString(2, p.title());
                ps.setString(3, p.description());
                ps.setString(4, p.brand());
                ps.setString(5, p.category());
                ps.setObject(6, p.price());
                ps.setObject(7, p.salePrice());
                ps.setString(8, p.availability());
                ps.setString(9, p.color());
                ps.setString(10, p.size());
                ps.setString(11, p.material());
                ps.setString(12, p.gender());
                ps.setString(13, p.itemGroupId());
                ps.setLong(14, 1L);
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new MerchLabException("cannot load products: " + e.getMessage(), e);
        }
    }

    /** The number of products. */
    public int count() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM products");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new MerchLabException("cannot count products: " + e.getMessage(), e);
        }
    }

    private static Product product(ResultSet rs) throws SQLException {
        return new Product(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                number(rs, 6), rs.getString(7), number(rs, 8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), Map.of());
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
