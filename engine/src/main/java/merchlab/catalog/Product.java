package merchlab.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One product of the catalog, in the Google Merchant Center vocabulary; columns MerchLab does not model stay in {@code attributes}.
 *
 * @param category category path with levels joined by {@code " > "}, for example {@code Apparel > Tops > T-Shirts}
 */
public record Product(
        String id,
        String title,
        String description,
        String brand,
        String category,
        Double price,
        String currency,
        Double salePrice,
        String availability,
        String color,
        String size,
        String material,
        String gender,
        String link,
        String imageLink,
        String itemGroupId,
        Map<String, String> attributes) {

    public Product {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    private static final Set<String> IN_STOCK = Set.of("in stock", "in_stock", "instock", "available", "有货", "现货");

    /** True for availability values meaning the product can be bought now (and for a missing value). */
    public static boolean isInStock(String availability) {
        return availability == null || availability.isBlank()
                || IN_STOCK.contains(availability.strip().toLowerCase(Locale.ROOT));
    }

    /** A product with only the fields a shop always has. */
    public static Product of(String id, String title, String brand, String category, Double price) {
        return new Product(id, title, null, brand, category, price, null, null, null, null, null, null, null,
                null, null, null, Map.of());
    }
}
