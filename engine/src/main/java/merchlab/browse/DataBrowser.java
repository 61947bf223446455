package merchlab.browse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.catalog.ProductRow;
import merchlab.importer.ImportRun;
import merchlab.importer.Rejection;
import merchlab.importer.store.ReportStore;
import merchlab.store.BrowsedTable;
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
            r -> new ProductRow(r.text("id"), r.text("title"), r.text("brand"),
                    r.text("category"), r.nullableDouble("price"), r.text("currency"),
                    r.text("availability"), r.text("color"), r.text("size")));

    private static final BrowsedTable<EventRow> EVENTS = new BrowsedTable<>("events",
            "id, ts, user_id, session_id, type, product_id, query, position, device, dwell_ms, price, quantity",
            Map.ofEntries(Map.entry("timestamp", "ts"), Map.entry("shopper", "user_id"),
                    Map.entry("session", "session_id"), Map.entry("type", "type"), Map.entry("product", "product_id"),
                    Map.entry("query", "query"), Map.entry("position", "position"), Map.entry("device", "device"),
                    Map.entry("dwell", "dwell_ms"), Map.entry("price", "price"), Map.entry("quantity", "quantity")),
            "ts", "id", List.of("user_id", "session_id", "type", "product_id", "query", "device"),
            r -> new EventRow(r.whole("id"), r.whole("ts"), r.text("user_id"),
                    r.text("session_id"), r.text("type"), r.text("product_id"),
                    r.text("query"), r.nullableInt("position"), r.text("device"),
                    r.nullableLong("dwell_ms"), r.nullableDouble("price"), r.nullableInt("quantity")));

    private static final BrowsedTable<Rejection> REJECTIONS = new BrowsedTable<>("import_rejections",
            "file, line, reason, text", Map.of("file", "file", "line", "line", "reason", "reason"),
            "line", "rowid", List.of("file", "reason"),
            r -> new Rejection(r.text("file"), r.whole("line"), r.text("reason"), r.text("text")));

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
        return page(PRODUCTS, "products", request, null);
    }

    /** A page of events, by time unless sorted otherwise; the filter searches shopper, session, type, product, query and device. */
    public Page<EventRow> events(PageRequest request) {
        return page(EVENTS, "events", request, null);
    }

    /** A page of the rows one import rejected, by line unless sorted otherwise. */
    public Page<Rejection> rejections(long importId, PageRequest request) {
        return page(REJECTIONS, "rejected rows", request, "report_id = ?", importId);
    }

    /** The latest {@code limit} imports, newest first. */
    public List<ImportRun> imports(int limit) {
        return ReportStore.runs(workspace, limit);
    }

    private <T> Page<T> page(BrowsedTable<T> table, String what, PageRequest request, String scope,
                             Object... scopeParams) {
        BrowsedTable.Rows<T> rows = table.page(workspace, what, request.sortKey(), request.ascending(),
                request.filter(), request.limit(), request.offset(), counts, scope, scopeParams);
        return new Page<>(rows.rows(), rows.total(), request);
    }
}
