package merchlab.search;

/**
 * A word of a query read as a catalog word: a word no product uses, read as the catalog word it most likely means
 * ("sandels" as "sandals"), or a Chinese word read in the English of an English catalog (凉鞋 as "sandal").
 *
 * @param typed the word as the shopper typed it (lower-cased)
 * @param meant the catalog's word searched instead
 * @param kind  a spelling or a translation
 */
public record Correction(String typed, String meant, Kind kind) {
    /** Why the typed word was read as another. */
    public enum Kind { SPELLING, TRANSLATION }

    /** A spelling correction. */
    public Correction(String typed, String meant) {
        this(typed, meant, Kind.SPELLING);
    }
}
