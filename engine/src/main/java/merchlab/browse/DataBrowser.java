package merchlab.browse;

import static merchlab.browse.BrowsedTable.nullableDouble;
import static merchlab.browse.BrowsedTable.nullableInt;
import static merchlab.browse.BrowsedTable.nullableLong;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.MerchLabException;
import merchlab.importer.Rejection;
import merchlab.workspace.Workspace;

/**
 * Read-only, paged views of a workspace's products, events and import history, for the desktop's Data screen (its
 * headline figures come from {@link merchlab.workspace.WorkspaceSummary}).
 *
 * <p>Each call opens its own connection, so a browser may be used from several threads; it never writes. A
 * browser remembers how many rows match each filter, so paging through a large table counts it once: make a new
 * browser when the workspace's data has changed.
 */
public final class DataBrowser {
    private static final BrowsedTable<ProductRow> PRODUCTS = new BrowsedTable<>("products",
            "id, title, brand, category, price, currency, availability, color, size",
            Map.of("id", "id", "title", "title", "brand", "brand", "category", "category", "price", "price",
                    "availability", "availability", "color", "color", "size", "size"),
            "id", "id", List.of("id", "title", "brand", "category", "color"),
            rs -> new ProductRow(rs.getString("id"), rs.getString("title"), rs.getString("brand"),
                    rs.getString("category"), nullableDouble(rs, "price"), rs.getString("currency"),
                    rs.getString("availability"), rs.getString("color"), rs.getString("size")));

    private static final BrowsedTable<EventRow> EVENTS = new BrowsedTable<>("events",
            "id, ts, user_id, session_id, type, product_id, query, position, device, dwell_ms, price, quantity",
            Map.ofEntries(Map.entry("timestamp", "ts"), Map.entry("shopper", "user_id"),
                    Map.entry("session", "session_id"), Map.entry("type", "type"), Map.entry("product", "product_id"),
                    Map.entry("query", "query"), Map.entry("position", "position"), Map.entry("device", "device"),
                    Map.entry("dwell", "dwell_ms"), Map.entry("price", "price"), Map.entry("quantity", "quantity")),
            "ts", "id", List.of("user_id", "session_id", "type", "product_id", "query", "device"),
            rs -> new EventRow(rs.getLong("id"), rs.getLong("ts"), rs.getString("user_id"),
                    rs.getString("session_id"), rs.getString("type"), rs.getString("product_id"),
                    rs.getString("query"), nullableInt(rs, "position"), rs.getString("device"),
                    nullableLong(rs, "dwell_ms"), nullableDouble(rs, "price"), nullableInt(rs, "quantity")));

    private static final BrowsedTable<Rejection> REJECTIONS = new BrowsedTable<>("import_rejections",
            "file, line, reason, text", Map.of("file", "file", "line", "line", "reason", "reason"),
            "line", "rowid", List.of("file", "reason"),
            rs -> new Rejection(rs.getString("file"), rs.getLong("line"), rs.getString("reason"), rs.getString("text")));

    private final Workspace workspace;
    private final Map<String, Long> counts = new java.util.concurrent.ConcurrentHashMap<>();

    public DataBrowser(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The sort keys {@link #products} accepts. */
    public static Set<String> productSortKeys() {
        return PRODUCTS.sortKeys();
    }

    /** The sort keys {@link #events} accepts. */
    public static Set<String> eventSortKeys() {
        return EVENTS.sortKeys();
    }

    /** A page of products; the filter searches id, title, brand, category and colour. */
    public Page<ProductRow> products(PageRequest request) {
        return read("products", c -> PRODUCTS.page(c, request, counts, null));
    }

    /** A page of events, by time unless sorted otherwise; the filter searches shopper, session, type, product, query and device. */
    public Page<EventRow> events(PageRequest request) {
        return read("events", c -> EVENTS.page(c, request, counts, null));
    }

    /** A page of the rows one import rejected, by line unless sorted otherwise. */
    public Page<Rejection> rejections(long importId, PageRequest request) {
        return read("rejected rows", c -> REJECTIONS.page(c, request, counts, "report_id = ?", importId));
    }

    /** The latest {@code limit} imports, newest first. */
    public List<ImportRun> imports(int limit) {
        return read("import history", c -> {
            List<ImportRun> runs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, file, format, status, accepted, rejected, "
                    + "started_at, finished_at, message FROM import_reports ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        runs.add(new ImportRun(rs.getLong("id"), rs.getString("file"), rs.getString("format"),
                                rs.getString("status"), rs.getLong("accepted"), rs.getLong("rejected"),
                                rs.getLong("started_at"), nullableLong(rs, "finished_at"), rs.getString("message")));
                    }
                }
            }
            return runs;
        });
    }

    @FunctionalInterface
    private interface Query<R> {
        R run(Connection c) throws SQLException;
    }

    private <R> R read(String what, Query<R> query) {
        try (Connection c = workspace.connect()) {
            return query.run(c);
        } catch (SQLException e) {
            throw new MerchLabException("cannot read " + what + " from workspace " + workspace.file().getFileName()
                    + ": " + e.getMessage(), e);
        }
    }
}
