package merchlab.importer.format;

import java.util.Map;
import merchlab.catalog.Product;

/**
 * Products that behaviour logs mention before any catalog does: the log's own facts, and a title that is the
 * product's name when the log has one, otherwise its brand and the last level of its category (or its id).
 */
final class FillIn {
    private FillIn() {
    }

    static Product product(String id, String name, String brand, String category, Double price,
                           Map<String, String> attributes) {
        return product(id, name, brand, category, price, null, attributes);
    }

    /** The same with the currency of the price, where the log says it. */
    static Product product(String id, String name, String brand, String category, Double price, String currency,
                           Map<String, String> attributes) {
        return new Product(id, title(name, brand, category, id), null, brand, category, price,
                price == null || currency == null || !currency.strip().matches("[A-Za-z]{3}") ? null
                        : currency.strip().toUpperCase(java.util.Locale.ROOT), null, null, null, null, null, null, null, null, null, attributes);
    }

    static String title(String name, String brand, String category, String id) {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String leaf = null;
        if (category != null && !category.isBlank()) {
            int cut = category.lastIndexOf(" > ");
            leaf = cut < 0 ? category.strip() : category.substring(cut + 3).strip();
        }
        if (brand != null && leaf != null) {
            return brand + " " + leaf;
        }
        if (leaf != null) {
            return leaf;
        }
        return brand != null ? brand + " " + id : id;
    }

    /** A category path from levels, skipping empty ones; null when all are empty. */
    static String path(String... levels) {
        StringBuilder sb = new StringBuilder();
        for (String level : levels) {
            if (level != null && !level.isBlank() && !level.equals("(not set)")) {
                if (sb.length() > 0) {
                    sb.append(" > ");
                }
                sb.append(level.strip());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
