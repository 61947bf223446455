package merchlab.importer.format;

import merchlab.behaviour.Event;
import merchlab.catalog.Product;

/**
 * Receives what a format reads, one source record at a time: {@link #begin} a record, emit its rows, then end it
 * with {@link #accept}, {@link #reject} or {@link #skip}; rows emitted for a record that is then rejected or
 * skipped are dropped together, so a record lands whole or not at all.
 */
public interface RowSink {
    /** A new record starts at {@code line} (from 1). */
    void begin(long line);

    /** A behaviour event of the current record. */
    void event(Event event);

    /** A catalog product: inserted, or replacing the stored one with the same id. */
    void product(Product product);

    /** A product known only from behaviour logs: inserted when the catalog does not have it yet. */
    void productSeen(Product product);

    /** A shopper with optional attributes (a JSON object, or null). */
    void user(String userId, String attributesJson);

    /** A relevance judgment: {@code grade} of {@code productId} for {@code query}, replacing an earlier one. */
    void judgment(String query, String productId, double grade);

    /** A campaign's bid on one product, with the campaign's budget and targeting (replacing the stored ones). */
    void campaignBid(CampaignRow row);

    /** The current record is good; its rows will land. */
    void accept();

    /** The current record is malformed: nothing of it lands, and {@code reason} goes into the report. */
    void reject(String reason);

    /** The current record is well-formed but holds nothing MerchLab stores; counted by {@code reason}. */
    void skip(String reason);

    /** A remark about the whole file for the report (for example columns that are not stored). */
    void note(String remark);
}
