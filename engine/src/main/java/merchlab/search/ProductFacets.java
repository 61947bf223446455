package merchlab.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import merchlab.catalog.Product;
import merchlab.store.ProductStore;
import merchlab.workspace.Workspace;

/**
 * The filterable facts of each product (category path, effective price, availability), held in arrays aligned with
 * the rows of a {@link SemanticIndex} so that a filter becomes a row mask in one pass.
 */
public final class ProductFacets {
    private final int[] category;
    private final List<String> categories;
    private final float[] price;
    private final BitSet inStock;

    private ProductFacets(int[] category, List<String> categories, float[] price, BitSet inStock) {
        this.category = category;
        this.categories = categories;
        this.price = price;
        this.inStock = inStock;
    }

    /** One product's facts. */
    public record Facts(String category, Double price, Double salePrice, String availability) {
    }

    /** Builds facets for rows {@code 0..size-1} from the facts of each row's product (null when unknown). */
    public static ProductFacets of(int size, IntFunction<Facts> factsOfRow) {
        int[] category = new int[size];
        List<String> categories = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        float[] price = new float[size];
        BitSet inStock = new BitSet(size);
        for (int row = 0; row < size; row++) {
            Facts f = factsOfRow.apply(row);
            String original = f == null || f.category() == null ? "" : f.category().strip();
            category[row] = ids.computeIfAbsent(Filters.normalisePath(original), p -> {
                categories.add(original);
                return categories.size() - 1;
            });
            Double effective = f == null ? null : Filters.effectivePrice(f.price(), f.salePrice());
            price[row] = effective == null ? Float.NaN : effective.floatValue();
            if (f != null && Product.isInStock(f.availability())) {
                inStock.set(row);
            }
        }
        return new ProductFacets(category, categories, price, inStock);
    }

    /** Reads the facets of the products at the rows of {@code index} from the workspace. */
    public static ProductFacets load(Workspace workspace, SemanticIndex index) {
        Map<String, Facts> byId = new HashMap<>();
        new ProductStore(workspace).forEachFacts((id, category, price, salePrice, availability) ->
                byId.put(id, new Facts(category, price, salePrice, availability)));
        return of(index.size(), row -> byId.get(index.productId(row)));
    }

    /** The category path of a row as the catalog writes it ({@code ""} when it has none). */
    public String category(int row) {
        return categories.get(category[row]);
    }

    /** The rows passing {@code filters}, or null when nothing is filtered. */
    public BitSet mask(Filters filters) {
        if (filters == null || filters.isEmpty()) {
            return null;
        }
        boolean[] categoryOk = new boolean[categories.size()];
        for (int i = 0; i < categories.size(); i++) {
            categoryOk[i] = filters.category() == null || Filters.categoryMatches(filters.category(), categories.get(i));
        }
        BitSet mask = new BitSet(category.length);
        float lo = filters.minPrice() == null ? Float.NEGATIVE_INFINITY : filters.minPrice().floatValue();
        float hi = filters.maxPrice() == null ? Float.POSITIVE_INFINITY : filters.maxPrice().floatValue();
        boolean priced = filters.minPrice() != null || filters.maxPrice() != null;
        for (int row = 0; row < category.length; row++) {
            if (!categoryOk[category[row]]) {
                continue;
            }
            if (priced && (Float.isNaN(price[row]) || price[row] < lo || price[row] > hi)) {
                continue;
            }
            if (filters.inStockOnly() && !inStock.get(row)) {
                continue;
            }
            mask.set(row);
        }
        return mask;
    }
}
