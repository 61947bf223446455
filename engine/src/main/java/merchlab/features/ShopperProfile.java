package merchlab.features;

import java.util.HashMap;
import java.util.Map;

/**
 * What a shopper's engagements so far say about them: how often each category, brand and product, their usual price,
 * and the mean text embedding of what they engaged with. Built the same way at training and at scoring time.
 */
public final class ShopperProfile {
    /** Pseudo-products at the category median that shrink the usual relative price. */
    static final double PRICE_SHRINKAGE = 5;
    private final ShopCatalog catalog;
    private final CatalogVectors vectors;
    private final Map<Integer, Integer> categories = new HashMap<>();
    private final Map<Integer, Integer> topCategories = new HashMap<>();
    private final Map<Integer, Integer> brands = new HashMap<>();
    private final Map<Integer, Integer> products = new HashMap<>();
    private final Map<Integer, Integer> shownCategories = new HashMap<>();
    private final Map<Integer, Integer> shownTops = new HashMap<>();
    private final Map<Integer, Integer> shownBrands = new HashMap<>();
    private int shown;
    private float[] embeddingSum;
    private int embedded;
    private int engagements;
    private double logPriceSum;
    private int priced;
    private double relativePriceSum;
    private final int[] recent = {-1, -1, -1};
    private int recentNext;
    private int version;

    public ShopperProfile(ShopCatalog catalog, CatalogVectors vectors) {
        this.catalog = catalog;
        this.vectors = vectors;
    }

    /** Adds one engagement (click, view, cart or purchase) with a catalog product. */
    public void add(int product) {
        if (product < 0) {
            return;
        }
        recent[recentNext] = product;
        recentNext = (recentNext + 1) % recent.length;
        engagements++;
        version++;
        products.merge(product, 1, Integer::sum);
        count(categories, catalog.category(product));
        count(topCategories, catalog.topCategory(product));
        count(brands, catalog.brand(product));
        float price = catalog.price(product);
        if (!Float.isNaN(price)) {
            logPriceSum += Math.log1p(price);
            relativePriceSum += catalog.relativePrice(product);
            priced++;
        }
        if (vectors.has(product)) {
            if (embeddingSum == null) {
                embeddingSum = new float[vectors.dimension()];
            }
            vectors.addTo(embeddingSum, product);
            embedded++;
        }
    }

    private static void count(Map<Integer, Integer> map, int key) {
        if (key >= 0) {
            map.merge(key, 1, Integer::sum);
        }
    }

    /** Adds a product the shop showed the shopper in a recommendation list. */
    public void show(int product) {
        if (product < 0) {
            return;
        }
        shown++;
        count(shownCategories, catalog.category(product));
        count(shownTops, catalog.topCategory(product));
        count(shownBrands, catalog.brand(product));
    }

    /** Products shown in recommendation lists so far. */
    public int shown() {
        return shown;
    }

    public int shownInCategory(int category) {
        return category < 0 ? 0 : shownCategories.getOrDefault(category, 0);
    }

    public int shownInTop(int top) {
        return top < 0 ? 0 : shownTops.getOrDefault(top, 0);
    }

    public int shownOfBrand(int brand) {
        return brand < 0 ? 0 : shownBrands.getOrDefault(brand, 0);
    }

    public int engagements() {
        return engagements;
    }

    /** Changes whenever an engagement is added, so callers can cache derived values. */
    public int version() {
        return version;
    }

    public int categoryCount(int category) {
        return category < 0 ? 0 : categories.getOrDefault(category, 0);
    }

    public int topCategoryCount(int top) {
        return top < 0 ? 0 : topCategories.getOrDefault(top, 0);
    }

    /** Engagements in the shopper's most engaged top-level category (0 without any). */
    public int maxTopCategoryCount() {
        int max = 0;
        for (int c : topCategories.values()) {
            max = Math.max(max, c);
        }
        return max;
    }

    public int brandCount(int brand) {
        return brand < 0 ? 0 : brands.getOrDefault(brand, 0);
    }

    public int productCount(int product) {
        return products.getOrDefault(product, 0);
    }

    /** Mean log(1 + price) of the engaged products with a price, NaN when none. */
    public double usualLogPrice() {
        return priced == 0 ? Double.NaN : logPriceSum / priced;
    }

    /**
     * Mean log price over category median of the engaged products with a price, shrunk towards 0 by
     * {@link #PRICE_SHRINKAGE} pseudo-products (a few engagements say little about a shopper's price taste); 0 when none.
     */
    public double usualRelativePrice() {
        return relativePriceSum / (priced + PRICE_SHRINKAGE);
    }

    /** The last (up to three) engaged catalog products, -1 for empty slots. */
    int[] recent() {
        return recent.clone();
    }

    /** The L2-normalised mean embedding of the engaged products, written at {@code offset}; zeros without any. */
    public void embedding(float[] out, int offset) {
        int d = vectors.dimension();
        if (embeddingSum == null || embedded == 0) {
            java.util.Arrays.fill(out, offset, offset + d, 0f);
            return;
        }
        double norm = 0;
        for (float v : embeddingSum) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        for (int j = 0; j < d; j++) {
            out[offset + j] = embeddingSum[j] * scale;
        }
    }

    /** Whether any engaged product had a text embedding. */
    public boolean hasEmbedding() {
        return embedded > 0;
    }
}
