package merchlab.search.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.catalog.Product;
import merchlab.workspace.Workspace;
import merchlab.workspace.WriterLock;

/**
 * Reads a generated shop folder ({@code merchlab generate}): {@code products.csv} (Merchant Center columns),
 * {@code queries.csv} (each query with its language, kind and true category) and {@code judgments.csv}
 * (query, product, gain).
 */
public final class ShopFiles {
    private final Path folder;

    public ShopFiles(Path folder) {
        this.folder = folder;
        for (String f : List.of("products.csv", "queries.csv", "judgments.csv")) {
            if (!Files.isRegularFile(folder.resolve(f))) {
                throw new MerchLabException(folder + " has no " + f + ": generate a shop with merchlab generate --out " + folder);
            }
        }
    }

    /** A generated query with what it truly asks for. */
    public record LabelledQuery(String query, String lang, String kind, String category) {
    }

    public List<Product> products() {
        List<Product> products = new ArrayList<>();
        CsvRows.forEach(folder.resolve("products.csv"), r -> products.add(new Product(r.get("id"), r.get("title"),
                r.get("description"), r.get("brand"), first(r, "product_type", "category"), price(r.get("price")), null,
                price(r.get("sale_price")), r.get("availability"), first(r, "color", "colour"), r.get("size"),
                r.get("material"), r.get("gender"), null, null, r.get("item_group_id"), Map.of())));
        return products;
    }

    public List<LabelledQuery> queries() {
        Map<String, LabelledQuery> queries = new LinkedHashMap<>();
        CsvRows.forEach(folder.resolve("queries.csv"), r -> queries.putIfAbsent(r.get("query"),
                new LabelledQuery(r.get("query"), r.get("lang"), r.get("kind"), r.get("category"))));
        return List.copyOf(queries.values());
    }

    /** Gains by query, then by product id. */
    public Map<String, Map<String, Double>> judgments() {
        Map<String, Map<String, Double>> judgments = new HashMap<>();
        CsvRows.forEach(folder.resolve("judgments.csv"), r -> judgments.computeIfAbsent(r.get("query"), q -> new HashMap<>())
                .put(r.get("product_id"), Double.parseDouble(r.get("grade"))));
        return judgments;
    }

    /**
     * Writes the products into a workspace's {@code products} table (replacing rows with the same id); evaluation
     * runs use this so that they need nothing but the shop folder.
     */
    public static void load(Workspace ws, List<Product> products) {
        try (WriterLock lock = ws.lockForWriting(); Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement(
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

    private static String first(Map<String, String> row, String... names) {
        for (String n : names) {
            if (row.get(n) != null) {
                return row.get(n);
            }
        }
        return null;
    }

    /** "109.99 USD" or "109.99" to 109.99; null when absent. */
    static Double price(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String number = value.strip().split("\\s+")[0].replace(",", "");
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
