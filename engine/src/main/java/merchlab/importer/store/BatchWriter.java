package merchlab.importer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;
import java.util.TreeMap;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.catalog.Product;
import merchlab.importer.Rejection;
import merchlab.importer.format.CampaignRow;

/**
 * Writes one {@link Batch} with prepared statements reused across batches; the caller wraps each batch in a
 * transaction. Events go in with {@code INSERT OR IGNORE} under their {@link EventIds id}: an existing row with the
 * same key is a duplicate, a different row under the same id sends the event on to the next free id.
 *
 * <p>While a writer is open its connection skips the schema's CHECK constraints: the only one on the tables written
 * here, {@code events.type IN (...)}, cost SQLite about a microsecond per row (it builds the list's lookup table
 * for every row), a quarter of the writer's work, and every type written comes from {@link EventType#code()}, so it
 * holds by construction. Closing the writer turns the checks back on.
 */
final class BatchWriter implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRODUCT_COLUMNS = "id, title, description, brand, category, price, currency, "
            + "sale_price, availability, color, size, material, gender, link, image_link, item_group_id, attributes, "
            + "updated_at";
    /** Events inserted by one statement: fewer calls into SQLite per row. */
    static final int GROUP = 256;
    private static final int EVENT_FIELDS = 14;
    private static final String EVENT_INSERT = "INSERT OR IGNORE INTO events(id, ts, user_id, session_id, type, "
            + "product_id, query, position, device, dwell_ms, price, quantity, request_id, true_ctr) VALUES ";
    private static final String EVENT_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** An ad's impression or click: rare, so inserted one at a time with its four ad fields. */
    private static final String AD_EVENT_INSERT = "INSERT OR IGNORE INTO events(id, ts, user_id, session_id, type, "
            + "product_id, query, position, device, dwell_ms, price, quantity, request_id, true_ctr, sponsored, "
            + "campaign_id, bid, price_paid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)";
    private static final String[] TYPE_CODES = java.util.Arrays.stream(EventType.values()).map(EventType::code)
            .toArray(String[]::new);
    private static final String PRODUCT_VALUES = "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final long reportId;
    private final long now;
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertEvents;
    private final PreparedStatement insertAdEvent;
    private final CampaignWriter campaigns;
    private final PreparedStatement storedEvent;
    private final PreparedStatement upsertProduct;
    private final PreparedStatement fillProduct;
    private final PreparedStatement insertUser;
    private final PreparedStatement upsertUser;
    private final PreparedStatement upsertJudgment;
    private final PreparedStatement insertRejection;
    private final RecentIds knownProducts = new RecentIds(1 << 18);

    BatchWriter(Connection c, long reportId, long now) throws SQLException {
        this.connection = c;
        this.reportId = reportId;
        this.now = now;
        checkConstraints(c, false);
        insertEvent = c.prepareStatement(EVENT_INSERT + EVENT_VALUES);
        insertEvents = c.prepareStatement(EVENT_INSERT + (EVENT_VALUES + ", ").repeat(GROUP - 1) + EVENT_VALUES);
        insertAdEvent = c.prepareStatement(AD_EVENT_INSERT);
        campaigns = new CampaignWriter(c, now);
        storedEvent = c.prepareStatement("SELECT ts, user_id, session_id, type, product_id, query, position, "
                + "request_id FROM events WHERE id = ?");
        StringBuilder update = new StringBuilder();
        for (String col : PRODUCT_COLUMNS.split(", ")) {
            if (!col.equals("id")) {
                update.append(update.length() == 0 ? "" : ", ").append(col).append(" = excluded.").append(col);
            }
        }
        upsertProduct = c.prepareStatement("INSERT INTO products(" + PRODUCT_COLUMNS + ") " + PRODUCT_VALUES
                + " ON CONFLICT(id) DO UPDATE SET " + update);
        fillProduct = c.prepareStatement("INSERT INTO products(" + PRODUCT_COLUMNS + ") " + PRODUCT_VALUES
                + " ON CONFLICT(id) DO NOTHING");
        insertUser = c.prepareStatement("INSERT INTO users(id) VALUES (?) ON CONFLICT(id) DO NOTHING");
        upsertUser = c.prepareStatement("INSERT INTO users(id, attributes) VALUES (?, ?) "
                + "ON CONFLICT(id) DO UPDATE SET attributes = excluded.attributes");
        upsertJudgment = c.prepareStatement("INSERT INTO judgments(query, product_id, grade) VALUES (?, ?, ?) "
                + "ON CONFLICT(query, product_id) DO UPDATE SET grade = excluded.grade, rater = 'import', "
                + "rated_at = NULL"); // an imported grade replaces a hand grade, and says so
        insertRejection = c.prepareStatement("INSERT INTO import_rejections(report_id, file, line, reason) "
                + "VALUES (?, ?, ?, ?)");
    }

    /** Writes every row of {@code b} and adds what happened to {@code t}. */
    void write(Batch b, Totals t) throws SQLException {
        for (Product p : b.products) {
            bindProduct(upsertProduct, p);
            upsertProduct.executeUpdate();
            t.products++;
            knownProducts.add(p.id());
        }
        for (Product p : b.seen) {
            if (knownProducts.add(p.id())) {
                bindProduct(fillProduct, p);
                t.filledIn += fillProduct.executeUpdate();
            }
        }
        for (CampaignRow row : b.campaignBids) {
            campaigns.write(row);
            t.campaignBids++;
        }
        events(b, t);
        for (Batch.Shopper s : b.shoppers) {
            upsertUser.setString(1, s.id());
            text(upsertUser, 2, s.attributes());
            upsertUser.executeUpdate();
            t.users++;
        }
        for (Batch.Judgment j : b.judgments) {
            upsertJudgment.setString(1, j.query());
            upsertJudgment.setString(2, j.productId());
            upsertJudgment.setDouble(3, j.grade());
            upsertJudgment.executeUpdate();
            t.judgments++;
        }
        for (Rejection r : b.rejections) {
            insertRejection.setLong(1, reportId);
            insertRejection.setString(2, r.file());
            insertRejection.setLong(3, r.line());
            insertRejection.setString(4, r.reason());
            insertRejection.executeUpdate();
        }
        t.accepted += b.accepted;
        t.rejected += b.rejected();
        t.skipped += b.skipped;
        b.skippedBy.forEach((k, v) -> t.skippedBy.merge(k, v, Long::sum));
        t.notes.addAll(b.notes);
        t.records = b.records;
        t.bytes = b.bytes;
    }

    /**
     * Inserts the batch's events {@link #GROUP} at a time. When a group inserts fewer rows than it holds, each event
     * whose id is held by a different event goes on to the next free id; the others were duplicates.
     */
    private void events(Batch b, Totals t) throws SQLException {
        if (b.hasAdEvents()) {
            b.setAdEventsAside();
            for (int k = 0; k < b.adEvents.size(); k++) {
                probe(insertAdEvent, b.adEvents.get(k), b.adEventIds[k], t);
            }
        }
        int n = b.events.size();
        int i = 0;
        for (; i + GROUP <= n; i += GROUP) {
            for (int k = 0; k < GROUP; k++) {
                bindEvent(insertEvents, k * EVENT_FIELDS, b.events.get(i + k), b.eventIds[i + k]);
            }
            int inserted = insertEvents.executeUpdate();
            t.events += inserted;
            int refused = GROUP - inserted;
            for (int k = 0; k < GROUP && refused > 0; k++) {
                Event e = b.events.get(i + k);
                if (!sameAsStored(b.eventIds[i + k], e)) {
                    refused--;
                    probe(insertEvent, e, b.eventIds[i + k] + 1, t);
                }
            }
            t.duplicates += refused;
        }
        for (; i < n; i++) {
            Event e = b.events.get(i);
            probe(insertEvent, e, b.eventIds[i], t);
        }
        for (String user : b.newShoppers) {
            insertUser.setString(1, user);
            t.users += insertUser.executeUpdate();
        }
    }

    /** Inserts {@code e} with {@code insert} at the first id from {@code id} that is free, unless it is already stored. */
    private void probe(PreparedStatement insert, Event e, long id, Totals t) throws SQLException {
        long candidate = id;
        while (true) {
            bindEvent(insert, 0, e, candidate);
            if (e.ad() != null) {
                text(insert, 15, e.ad().campaignId());
                real(insert, 16, e.ad().bid());
                real(insert, 17, e.ad().pricePaid());
            }
            if (insert.executeUpdate() == 1) {
                t.events++;
                return;
            }
            if (sameAsStored(candidate, e)) {
                t.duplicates++;
                return;
            }
            candidate++;
        }
    }

    private static void bindEvent(PreparedStatement ps, int o, Event e, long id) throws SQLException {
        ps.setLong(o + 1, id);
        ps.setLong(o + 2, e.timestamp());
        text(ps, o + 3, e.userId());
        text(ps, o + 4, e.sessionId());
        ps.setString(o + 5, TYPE_CODES[e.type().ordinal()]);
        text(ps, o + 6, e.productId());
        text(ps, o + 7, e.query());
        integer(ps, o + 8, e.position());
        text(ps, o + 9, e.device());
        if (e.dwellMs() == null) {
            ps.setNull(o + 10, Types.INTEGER);
        } else {
            ps.setLong(o + 10, e.dwellMs());
        }
        real(ps, o + 11, e.price());
        integer(ps, o + 12, e.quantity());
        text(ps, o + 13, e.requestId());
        real(ps, o + 14, e.trueCtr());
    }

    private boolean sameAsStored(long id, Event e) throws SQLException {
        storedEvent.setLong(1, id);
        try (ResultSet rs = storedEvent.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("event id " + id + " was refused but is not stored");
            }
            Integer position = rs.getObject(7) == null ? null : rs.getInt(7);
            return EventIds.sameKey(e, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), position, rs.getString(8));
        }
    }

    private void bindProduct(PreparedStatement ps, Product p) throws SQLException {
        ps.setString(1, p.id());
        ps.setString(2, p.title());
        text(ps, 3, p.description());
        text(ps, 4, p.brand());
        text(ps, 5, p.category());
        real(ps, 6, p.price());
        text(ps, 7, p.currency());
        real(ps, 8, p.salePrice());
        text(ps, 9, p.availability());
        text(ps, 10, p.color());
        text(ps, 11, p.size());
        text(ps, 12, p.material());
        text(ps, 13, p.gender());
        text(ps, 14, p.link());
        text(ps, 15, p.imageLink());
        text(ps, 16, p.itemGroupId());
        text(ps, 17, attributes(p.attributes()));
        ps.setLong(18, now);
    }

    private static String attributes(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(attributes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static void integer(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void real(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    /** Turns the connection's CHECK constraints on or off (statements prepared before are prepared again). */
    private static void checkConstraints(Connection c, boolean on) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = " + (on ? "OFF" : "ON"));
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : new PreparedStatement[] {insertEvent, insertEvents, insertAdEvent, storedEvent,
                upsertProduct, fillProduct, insertUser, upsertUser, upsertJudgment, insertRejection}) {
            ps.close();
        }
        campaigns.close();
        checkConstraints(connection, true);
    }
}
