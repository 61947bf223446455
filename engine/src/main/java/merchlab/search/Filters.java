package merchlab.search;

import java.util.Locale;
import merchlab.catalog.Product;

/**
 * Hard restrictions on which products a search may return.
 *
 * @param category    a category path prefix at level boundaries ({@code Shoes} matches {@code Shoes > Running}); null for any
 * @param minPrice    lowest effective price (sale price when lower than the price), inclusive; null for no bound
 * @param maxPrice    highest effective price, inclusive; null for no bound
 * @param inStockOnly keep only products that are in stock (no availability given counts as in stock)
 */
public record Filters(String category, Double minPrice, Double maxPrice, boolean inStockOnly) {

    /** No restriction. */
    public static Filters none() {
        return new Filters(null, null, null, false);
    }

    public Filters {
        category = category == null || category.isBlank() ? null : category.strip();
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            throw new merchlab.MerchLabException("the lowest price " + minPrice + " is above the highest " + maxPrice);
        }
    }

    /** True when nothing is restricted. */
    public boolean isEmpty() {
        return category == null && minPrice == null && maxPrice == null && !inStockOnly;
    }

    /** These filters narrowed by a price range (for example one read from the query); the tighter bound wins. */
    public Filters withPrice(Double min, Double max) {
        Double lo = tighter(min, minPrice, true);
        Double hi = tighter(max, maxPrice, false);
        if (lo != null && hi != null && lo > hi) {
            lo = minPrice;
            hi = maxPrice;
        }
        return new Filters(category, lo, hi, inStockOnly);
    }

    private static Double tighter(Double a, Double b, boolean lower) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Double.valueOf(lower ? Math.max(a, b) : Math.min(a, b));
    }

    /** True when a product with this category path, effective price and availability passes. */
    public boolean accepts(String productCategory, Double effectivePrice, String availability) {
        if (category != null && !categoryMatches(category, productCategory)) {
            return false;
        }
        if (minPrice != null && (effectivePrice == null || effectivePrice < minPrice)) {
            return false;
        }
        if (maxPrice != null && (effectivePrice == null || effectivePrice > maxPrice)) {
            return false;
        }
        return !inStockOnly || Product.isInStock(availability);
    }

    /** True when {@code path} is {@code prefix} or lies below it, ignoring case and spacing around {@code >}. */
    public static boolean categoryMatches(String prefix, String path) {
        if (path == null) {
            return false;
        }
        String p = normalisePath(path);
        String want = normalisePath(prefix);
        return p.equals(want) || p.startsWith(want + " > ");
    }

    /** The category path in lower case with levels joined by {@code " > "}. */
    public static String normalisePath(String path) {
        return String.join(" > ", java.util.Arrays.stream(path.toLowerCase(Locale.ROOT).split(">"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** The effective price: the sale price when it is lower than the price. */
    public static Double effectivePrice(Double price, Double salePrice) {
        if (salePrice != null && (price == null || salePrice < price)) {
            return salePrice;
        }
        return price;
    }
}
