package merchlab.search;

/**
 * A hard restriction read from the query itself rather than set by the caller: a price the query states ("under 80")
 * or the category the query understanding is confident of. Each can be taken off for one search.
 */
public enum IntentFilter {
    /** The category path the query asks for, when its probability reaches the confidence threshold. */
    CATEGORY,
    /** The price range the query states. */
    PRICE
}
