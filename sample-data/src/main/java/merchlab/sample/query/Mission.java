package merchlab.sample.query;

import merchlab.sample.Lang;
import merchlab.sample.catalog.Gender;

/**
 * What a shopper came to the shop for in one session: a leaf category and the brand, colour and gender they have in
 * mind (-1 / NONE when open). Queries express part of it; recommendations are judged against its category.
 */
public record Mission(Lang lang, int leaf, int brand, int colour, Gender gender) {
    /** The unspoken intent recommendation requests are judged against: the mission's leaf category. */
    public QueryIntent unspokenIntent() {
        return QueryIntent.of(lang, leaf);
    }
}
