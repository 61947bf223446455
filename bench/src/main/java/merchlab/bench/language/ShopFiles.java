package merchlab.bench.language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.catalog.Product;
import merchlab.csv.CsvRows;
import merchlab.store.ProductStore;
import merchlab.workspace.Workspace;

/**
 * Reads a shop's evaluation files: a generated shop folder ({@code merchlab generate}) holds {@code products.csv}
 * (Merchant Center columns), {@code queries.csv} (each query with its language, kind and true category, if known) and
 * {@code judgments.csv} (query, product, gain); a real catalog's query set names its three files one by one.
 */
public final class ShopFiles {
    private final Path products;
    private final Path queries;
    private final Path judgments;

    /** The files of a generated shop folder. */
    public ShopFiles(Path folder) {
        this(generated(folder, "products.csv"), generated(folder, "queries.csv"), generated(folder, "judgments.csv"));
    }

    private static Path generated(Path folder, String name) {
        if (!Files.isRegularFile(folder.resolve(name))) {
            throw new MerchLabException(folder + " has no " + name + ": generate a shop with merchlab generate --out " + folder);
        }
        return folder.resolve(name);
    }

    /** A catalog feed with its query set: queries (query, lang, kind, category) and judgments (query, product_id, grade). */
    public ShopFiles(Path products, Path queries, Path judgments) {
        this.products = products;
        this.queries = queries;
        this.judgments = judgments;
        for (Path f : List.of(products, queries, judgments)) {
            if (!Files.isRegularFile(f)) {
                throw new MerchLabException("no such file: " + f);
            }
        }
    }

    /** The catalog file. */
    public Path catalog() {
        return products;
    }

    /** A generated query with what it truly asks for. */
    public record LabelledQuery(String query, String lang, String kind, String category) {
    }

    public List<Product> products() {
        List<Product> out = new ArrayList<>();
        CsvRows.forEach(products, r -> out.add(new Product(r.get("id"), r.get("title"),
                r.get("description"), r.get("brand"), first(r, "product_type", "category"), price(r.get("price")), null,
                price(r.get("sale_price")), r.get("availability"), first(r, "color", "colour"), r.get("size"),
                r.get("material"), r.get("gender"), null, null, r.get("item_group_id"), Map.of())));
        return out;
    }

    public List<LabelledQuery> queries() {
        Map<String, LabelledQuery> out = new LinkedHashMap<>();
        CsvRows.forEach(queries, r -> out.putIfAbsent(r.get("query"),
                new LabelledQuery(r.get("query"), r.get("lang"), r.get("kind"), r.get("category"))));
        return List.copyOf(out.values());
    }

    /** Gains by query, then by product id. */
    public Map<String, Map<String, Double>> judgments() {
        Map<String, Map<String, Double>> out = new HashMap<>();
        CsvRows.forEach(judgments, r -> out.computeIfAbsent(r.get("query"), q -> new HashMap<>())
                .put(r.get("product_id"), Double.parseDouble(r.get("grade"))));
        return out;
    }

    /**
     * Writes products straight into a workspace's {@code products} table (replacing rows with the same id), for
     * evaluations whose "products" are not a catalog file (for example real queries indexed as titles).
     */
    public static void load(Workspace ws, List<Product> products) {
        new ProductStore(ws).put(products);
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
