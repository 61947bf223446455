package merchlab.importer.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import merchlab.behaviour.Event;
import merchlab.catalog.Product;
import merchlab.importer.Rejection;

/** The rows of consecutive whole records that are written in one transaction, with what the records came to. */
public final class Batch {
    /** A shopper row. */
    record Shopper(String id, String attributes) {
    }

    /** A judgment row. */
    record Judgment(String query, String productId, double grade) {
    }

    final List<Event> events = new ArrayList<>();
    long[] eventIds = new long[1024];
    final List<Product> products = new ArrayList<>();
    final List<Product> seen = new ArrayList<>();
    final List<Shopper> shoppers = new ArrayList<>();
    final List<Judgment> judgments = new ArrayList<>();
    final List<merchlab.importer.format.CampaignRow> campaignBids = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    /** Shoppers of this batch's events not seen in earlier batches (filled when the batch closes). */
    final List<String> newShoppers = new ArrayList<>();
    final Map<String, Long> skippedBy = new TreeMap<>();
    final List<String> notes = new ArrayList<>();
    long accepted;
    long skipped;
    /** Bytes of the file read when the batch closed. */
    long bytes;
    /** Records read when the batch closed. */
    long records;

    /** The batch's ad events, moved out of {@link #events} by {@link #setAdEventsAside}. */
    final List<Event> adEvents = new ArrayList<>();
    long[] adEventIds = new long[0];
    private boolean anyAd;

    /** Whether some event of the batch is an ad's. */
    boolean hasAdEvents() {
        return anyAd;
    }

    /** Moves the ad events to {@link #adEvents}, keeping the others in order (they are written in groups). */
    void setAdEventsAside() {
        List<Event> plain = new ArrayList<>(events.size());
        long[] plainIds = new long[Math.max(1, events.size())];
        adEventIds = new long[events.size()];
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.ad() != null) {
                adEventIds[adEvents.size()] = eventIds[i];
                adEvents.add(e);
            } else {
                plainIds[plain.size()] = eventIds[i];
                plain.add(e);
            }
        }
        events.clear();
        events.addAll(plain);
        eventIds = plainIds;
        anyAd = false;
    }

    void addEvent(Event e, long id) {
        anyAd |= e.ad() != null;
        int n = events.size();
        if (n == eventIds.length) {
            eventIds = Arrays.copyOf(eventIds, n * 2);
        }
        eventIds[n] = id;
        events.add(e);
    }

    /** Rows to write, the measure of a batch's size. */
    int rows() {
        return events.size() + products.size() + seen.size() + shoppers.size() + judgments.size()
                + campaignBids.size() + rejections.size();
    }

    long rejected() {
        return rejections.size();
    }
}
