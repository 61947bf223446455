package merchlab.features;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import merchlab.catalog.Product;
import merchlab.store.ProductStore;
import merchlab.workspace.Workspace;

/**
 * The catalog held in memory for modelling: every product's index, title, brand, category path, top category, price
 * and whether it is in stock.
 *
 * <p>Products are indexed 0..size-1 in id order; brands and categories are numbered through small dictionaries
 * (-1 when a product has none).
 */
public final class ShopCatalog {
    private final List<String> ids;
    private final Map<String, Integer> index = new HashMap<>();
    private final String[] titles;
    private final int[] brand;
    private final int[] category;
    private final int[] topCategory;
    private final float[] price;
    private final String[] colour;
    private final String[] gender;
    private final int[] group;
    private final BitSet outOfStock = new BitSet();
    private final Dictionary groups = new Dictionary();
    private final Dictionary brands = new Dictionary();
    private final Dictionary categories = new Dictionary();
    private final Dictionary topCategories = new Dictionary();
    private float[] relativePrice;

    /** A catalog of these products, in the given order. */
    public ShopCatalog(List<Product> products) {
        int n = products.size();
        ids = new ArrayList<>(n);
        titles = new String[n];
        brand = new int[n];
        category = new int[n];
        topCategory = new int[n];
        price = new float[n];
        colour = new String[n];
        gender = new String[n];
        group = new int[n];
        for (int i = 0; i < n; i++) {
            Product p = products.get(i);
            ids.add(p.id());
            index.put(p.id(), i);
            titles[i] = p.title() == null ? "" : p.title();
            brand[i] = brands.idOrAdd(normalise(p.brand()));
            String path = normalise(p.category());
            category[i] = categories.idOrAdd(path);
            topCategory[i] = topCategories.idOrAdd(top(path));
            price[i] = p.price() == null || p.price() < 0 ? Float.NaN : p.price().floatValue();
            colour[i] = lower(p.color());
            gender[i] = lower(p.gender());
            group[i] = groups.idOrAdd(normalise(p.itemGroupId()));
            outOfStock.set(i, !Product.isInStock(p.availability()));
        }
    }

    /** Loads every product of a workspace, ordered by id. */
    public static ShopCatalog load(Workspace workspace) {
        return new ShopCatalog(new ProductStore(workspace).forModels());
    }

    public int size() {
        return ids.size();
    }

    public List<String> ids() {
        return ids;
    }

    public String id(int product) {
        return ids.get(product);
    }

    /** The index of a product, or -1 when the catalog has no such product. */
    public int indexOf(String productId) {
        Integer i = productId == null ? null : index.get(productId);
        return i == null ? -1 : i;
    }

    public Optional<Integer> find(String productId) {
        return Optional.ofNullable(index.get(productId));
    }

    public String title(int product) {
        return titles[product];
    }

    /** True unless the feed says the product cannot be bought now ({@link Product#isInStock}). */
    public boolean inStock(int product) {
        return !outOfStock.get(product);
    }

    /** Brand number, -1 when unknown. */
    public int brand(int product) {
        return brand[product];
    }

    /** Category-path number, -1 when unknown. */
    public int category(int product) {
        return category[product];
    }

    /** Top-level category number, -1 when unknown. */
    public int topCategory(int product) {
        return topCategory[product];
    }

    /** Item-group number (the product line its variants share), -1 when none. */
    public int group(int product) {
        return group[product];
    }

    public Dictionary groups() {
        return groups;
    }

    /** Colour in lower case, null when unknown. */
    public String colour(int product) {
        return colour[product];
    }

    /** Gender in lower case ({@code male}, {@code female}, {@code unisex} ...), null when unknown. */
    public String gender(int product) {
        return gender[product];
    }

    /** Price, NaN when unknown. */
    public float price(int product) {
        return price[product];
    }

    /**
     * Log of the price over the median price of the product's category (over the whole catalog if it has none); 0
     * when the price is unknown.
     */
    public float relativePrice(int product) {
        if (relativePrice == null) {
            relativePrice = relativePrices();
        }
        return relativePrice[product];
    }

    private float[] relativePrices() {
        int n = size();
        java.util.Map<Integer, java.util.List<Float>> byCategory = new java.util.HashMap<>();
        java.util.List<Float> all = new java.util.ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (!Float.isNaN(price[p]) && price[p] > 0) {
                byCategory.computeIfAbsent(category[p], c -> new java.util.ArrayList<>()).add(price[p]);
                all.add(price[p]);
            }
        }
        java.util.Map<Integer, Float> median = new java.util.HashMap<>();
        byCategory.forEach((c, list) -> median.put(c, median(list)));
        float overall = all.isEmpty() ? 1f : median(all);
        float[] out = new float[n];
        for (int p = 0; p < n; p++) {
            if (!Float.isNaN(price[p]) && price[p] > 0) {
                out[p] = (float) Math.log(price[p] / (category[p] >= 0 ? median.get(category[p]) : overall));
            }
        }
        return out;
    }

    private static float median(java.util.List<Float> values) {
        java.util.Collections.sort(values);
        int m = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(m) : (values.get(m - 1) + values.get(m)) / 2;
    }

    public Dictionary brands() {
        return brands;
    }

    public Dictionary categories() {
        return categories;
    }

    public Dictionary topCategories() {
        return topCategories;
    }

    /** The text the lexical match reads: title, brand and category path. */
    public String searchableText(int product) {
        StringBuilder b = new StringBuilder(titles[product]);
        if (brand[product] >= 0) {
            b.append(' ').append(brands.name(brand[product]));
        }
        if (category[product] >= 0) {
            b.append(' ').append(categories.name(category[product]));
        }
        return b.toString();
    }

    private static String normalise(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String lower(String s) {
        String t = normalise(s);
        return t == null ? null : t.toLowerCase(java.util.Locale.ROOT);
    }

    private static String top(String path) {
        if (path == null) {
            return null;
        }
        int cut = path.indexOf('>');
        return cut < 0 ? path : path.substring(0, cut).strip();
    }
}
