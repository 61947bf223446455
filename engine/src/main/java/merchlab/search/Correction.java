package merchlab.search;

/**
 * A word of a query that no product uses, read as the catalog word it most likely means ("sandels" as "sandals").
 *
 * @param typed the word as the shopper typed it (lower-cased)
 * @param meant the catalog's word searched instead
 */
public record Correction(String typed, String meant) {
}
