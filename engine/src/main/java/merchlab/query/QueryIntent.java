package merchlab.query;

import java.util.List;

/**
 * What a query asks for, read in the catalog's own terms.
 *
 * @param query      the query as typed
 * @param text       the query without its price phrase: the text to retrieve products with
 * @param categories the most likely category paths, most likely first, with probabilities
 * @param brand      the catalog brand named in the query, or null
 * @param colour     the catalog colour named in the query, or null
 * @param size       the catalog size named in the query, or null
 * @param price      the price constraint stated in the query, or null
 */
public record QueryIntent(String query, String text, List<CategoryGuess> categories, String brand, String colour,
                          String size, PriceRange price) {
    public QueryIntent {
        categories = List.copyOf(categories);
    }

    /** The most likely category path, or null when none is known. */
    public String topCategory() {
        return categories.isEmpty() ? null : categories.get(0).path();
    }
}
