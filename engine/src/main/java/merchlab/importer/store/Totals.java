package merchlab.importer.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Running counts of one import: records accepted, rejected and skipped, and rows written per table. */
public final class Totals {
    long accepted;
    long rejected;
    long skipped;
    long duplicates;
    long events;
    long products;
    long filledIn;
    long users;
    long judgments;
    long campaignBids;
    long records;
    long bytes;
    final Map<String, Long> skippedBy = new TreeMap<>();
    final List<String> notes = new ArrayList<>();

    /** A copy to count a batch into before its transaction commits. */
    Totals copy() {
        Totals t = new Totals();
        t.adopt(this);
        return t;
    }

    /** Takes every count of {@code other} (a copy that counted a committed batch). */
    void adopt(Totals other) {
        accepted = other.accepted;
        rejected = other.rejected;
        skipped = other.skipped;
        duplicates = other.duplicates;
        events = other.events;
        products = other.products;
        filledIn = other.filledIn;
        users = other.users;
        judgments = other.judgments;
        campaignBids = other.campaignBids;
        records = other.records;
        bytes = other.bytes;
        skippedBy.clear();
        skippedBy.putAll(other.skippedBy);
        notes.clear();
        notes.addAll(other.notes);
    }

    public long accepted() {
        return accepted;
    }

    public long rejected() {
        return rejected;
    }

    public long skipped() {
        return skipped;
    }

    /** Events that were already in the workspace (an earlier import of the same rows). */
    public long duplicates() {
        return duplicates;
    }

    /** Events added. */
    public long events() {
        return events;
    }

    /** Catalog products inserted or updated. */
    public long products() {
        return products;
    }

    /** Products added from behaviour logs because the catalog lacked them. */
    public long filledIn() {
        return filledIn;
    }

    /** Shoppers added or updated. */
    public long users() {
        return users;
    }

    public long judgments() {
        return judgments;
    }

    /** Campaign bids added or updated. */
    public long campaignBids() {
        return campaignBids;
    }

    /** Records read so far. */
    public long records() {
        return records;
    }

    /** Bytes of the file read so far. */
    public long bytes() {
        return bytes;
    }

    /** Skipped records by reason. */
    public Map<String, Long> skippedBy() {
        return Map.copyOf(skippedBy);
    }

    /** Remarks about the whole file. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The report's closing line, for example {@code 140,000 rows accepted, 12 rejected}. */
    String summary(String status) {
        StringBuilder sb = new StringBuilder(status.equals("cancelled") ? "cancelled after " : "");
        sb.append(accepted).append(" rows accepted, ").append(rejected).append(" rejected");
        if (skipped > 0) {
            sb.append(", ").append(skipped).append(" skipped");
        }
        if (duplicates > 0) {
            sb.append("; ").append(duplicates).append(" events were already stored");
        }
        return sb.toString();
    }
}
