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
    final List<Rejection> rejections = new ArrayList<>();
    final Map<String, Long> skippedBy = new TreeMap<>();
    final List<String> notes = new ArrayList<>();
    long accepted;
    long skipped;
    /** Bytes of the file read when the batch closed. */
    long bytes;
    /** Records read when the batch closed. */
    long records;

    void addEvent(Event e, long id) {
        int n = events.size();
        if (n == eventIds.length) {
            eventIds = Arrays.copyOf(eventIds, n * 2);
        }
        eventIds[n] = id;
        events.add(e);
    }

    /** Rows to write, the measure of a batch's size. */
    int rows() {
        return events.size() + products.size() + seen.size() + shoppers.size() + judgments.size() + rejections.size();
    }

    long rejected() {
        return rejections.size();
    }
}
