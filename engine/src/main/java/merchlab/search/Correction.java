package merchlab.search;

/**
 * A word of a query read as a catalog word: a word no product uses, read as the catalog word it most likely means
 * ("sandels" as "sandals"), a Chinese word read in the English of an English catalog (凉鞋 as "sandal"), or a query
 * that names no kind of product read as the kind it describes ("pot for indoor plants" as "planter", added to it).
 *
 * @param typed the word as the shopper typed it (lower-cased), or the whole query for a kind of product
 * @param meant the catalog's word searched instead, or added
 * @param kind  a spelling, a translation or a kind of product
 */
public record Correction(String typed, String meant, Kind kind) {
    /** Why the typed word was read as another. */
    public enum Kind { SPELLING, TRANSLATION, PRODUCT_TYPE }

    /** A spelling correction. */
    public Correction(String typed, String meant) {
        this(typed, meant, Kind.SPELLING);
    }
}
