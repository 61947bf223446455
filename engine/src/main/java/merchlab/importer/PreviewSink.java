package merchlab.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import merchlab.behaviour.Event;
import merchlab.catalog.Product;
import merchlab.importer.format.RowSink;

/** Collects the first records of a file as the rows they would become, for the import dialog's preview. */
final class PreviewSink implements RowSink {
    static final List<String> EVENT_COLUMNS = List.of("line", "note", "timestamp", "user_id", "session_id",
            "event_type", "product_id", "query", "position", "device", "dwell_ms", "price", "quantity", "request_id",
            "true_ctr");
    static final List<String> PRODUCT_COLUMNS = List.of("line", "note", "id", "title", "brand", "category", "price",
            "currency", "sale_price", "availability", "color", "size", "attributes");
    static final List<String> JUDGMENT_COLUMNS = List.of("line", "note", "query", "product_id", "grade");
    static final List<String> CAMPAIGN_COLUMNS = List.of("line", "note", "campaign_id", "advertiser", "daily_budget",
            "product_id", "bid", "keywords", "categories");
    static final List<String> USER_COLUMNS = List.of("line", "note", "user_id", "attributes");

    /** Thrown once enough records are collected, to stop reading. */
    static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }

    private final int records;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private List<String> columns;
    private long line;
    private int mark;
    private int seen;

    PreviewSink(int records) {
        this.records = records;
    }

    @Override
    public void begin(long line) {
        this.line = line;
        mark = rows.size();
    }

    @Override
    public void event(Event e) {
        add(EVENT_COLUMNS, Instant.ofEpochMilli(e.timestamp()).toString(), e.userId(), e.sessionId(), e.type().code(),
                e.productId(), e.query(), str(e.position()), e.device(), str(e.dwellMs()), str(e.price()),
                str(e.quantity()), e.requestId(), str(e.trueCtr()));
    }

    @Override
    public void product(Product p) {
        add(PRODUCT_COLUMNS, p.id(), p.title(), p.brand(), p.category(), str(p.price()), p.currency(),
                str(p.salePrice()), p.availability(), p.color(), p.size(),
                p.attributes().isEmpty() ? null : p.attributes().toString());
    }

    @Override
    public void productSeen(Product product) {
        // a preview shows the events; products filled in from them are not listed
    }

    @Override
    public void user(String userId, String attributesJson) {
        add(USER_COLUMNS, userId, attributesJson);
    }

    @Override
    public void judgment(String query, String productId, double grade) {
        add(JUDGMENT_COLUMNS, query, productId, str(grade));
    }

    @Override
    public void campaignBid(merchlab.importer.format.CampaignRow c) {
        add(CAMPAIGN_COLUMNS, c.campaignId(), c.advertiser(), str(c.dailyBudget()), c.productId(), str(c.bid()),
                String.join("|", c.keywords()), String.join("|", c.categories()));
    }

    @Override
    public void accept() {
        endRecord();
    }

    @Override
    public void reject(String reason) {
        rows.subList(mark, rows.size()).clear();
        remark("rejected: " + reason);
        endRecord();
    }

    @Override
    public void skip(String reason) {
        rows.subList(mark, rows.size()).clear();
        remark("skipped: " + reason);
        endRecord();
    }

    @Override
    public void note(String remark) {
        notes.add(remark);
    }

    private void remark(String text) {
        String[] row = new String[columns == null ? 2 : columns.size()];
        row[0] = String.valueOf(line);
        row[1] = text;
        rows.add(row);
    }

    private void endRecord() {
        if (++seen >= records) {
            throw new Full();
        }
    }

    private void add(List<String> kind, String... values) {
        if (columns == null) {
            columns = kind;
            for (int i = 0; i < rows.size(); i++) {
                String[] old = rows.get(i);
                String[] wide = new String[kind.size()];
                wide[0] = old[0];
                wide[1] = old[1];
                rows.set(i, wide);
            }
        }
        if (columns != kind) {
            return;
        }
        String[] row = new String[kind.size()];
        row[0] = String.valueOf(line);
        System.arraycopy(values, 0, row, 2, values.length);
        rows.add(row);
    }

    ImportPreview preview(String format) {
        List<String> cols = columns == null ? List.of("line", "note") : columns;
        List<List<String>> out = new ArrayList<>();
        for (String[] r : rows) {
            out.add(Arrays.stream(r).map(v -> v == null ? "" : v).toList());
        }
        return new ImportPreview(format, cols, out);
    }

    List<String> notes() {
        return notes;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
