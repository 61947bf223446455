package merchlab.sample.query;

import merchlab.sample.Lang;
import merchlab.sample.catalog.Gender;

/**
 * What a shopper means by a query: the leaf category, and optionally a brand, colour, gender and price range.
 *
 * <p>The same record, without text, describes the unspoken intent of a session (its mission) for recommendation
 * requests.
 *
 * @param text     the query as typed, or null for an unspoken intent
 * @param leaf     leaf category index, or -1 for a brand-only query
 * @param brand    brand index, or -1
 * @param colour   colour index, or -1
 * @param gender   wanted gender, {@link Gender#NONE} when not said
 * @param priceMin lowest acceptable price in the language's currency, or null
 * @param priceMax highest acceptable price, or null
 */
public record QueryIntent(String text, Lang lang, QueryKind kind, int leaf, int brand, int colour, Gender gender,
                          Double priceMin, Double priceMax) {
    public QueryIntent {
        gender = gender == null ? Gender.NONE : gender;
    }

    /** An unspoken intent: just a leaf category in a language. */
    public static QueryIntent of(Lang lang, int leaf) {
        return new QueryIntent(null, lang, QueryKind.EXACT, leaf, -1, -1, Gender.NONE, null, null);
    }

    public QueryIntent withText(String newText, QueryKind newKind) {
        return new QueryIntent(newText, lang, newKind, leaf, brand, colour, gender, priceMin, priceMax);
    }

    public boolean hasPrice() {
        return priceMin != null || priceMax != null;
    }
}
