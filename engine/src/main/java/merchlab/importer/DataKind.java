package merchlab.importer;

/** What a file holds, which decides the formats it may be in. */
public enum DataKind {
    CATALOG, EVENTS, JUDGMENTS,
    /** Sponsored-products campaigns with their bids and targeting. */
    CAMPAIGNS
}
