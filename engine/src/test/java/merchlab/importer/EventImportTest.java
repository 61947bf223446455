package merchlab.importer;

import static merchlab.importer.RejectionTexts.withoutText;
import static merchlab.importer.Fixtures.column;
import static merchlab.importer.Fixtures.copy;
import static merchlab.importer.Fixtures.load;
import static merchlab.importer.Fixtures.number;
import static merchlab.importer.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventImportTest {
    @TempDir
    Path dir;

    private Workspace workspace() {
        return Workspace.open(dir.resolve("ws.db"));
    }

    private static String ms(String iso) {
        return Long.toString(Instant.parse(iso).toEpochMilli());
    }

    @Test
    void eventsCsvStoresGoodRowsAndReportsEveryBadOneWithLineAndReason() throws Exception {
        Workspace ws = workspace();
        ImportReport r = load(ws, copy("events.csv", dir), DataKind.EVENTS);
        assertEquals("events-csv", r.format());
        assertEquals(9, r.accepted());
        assertEquals(List.of(
                new Rejection("events.csv", 10, "position 'abc' is not a number"),
                new Rejection("events.csv", 11, "unknown event type 'teleport' (expected search, impression, click, "
                        + "view, add_to_cart or purchase)"),
                new Rejection("events.csv", 12, "missing user id"),
                new Rejection("events.csv", 13, "timestamp 'yesterday' is neither ISO-8601 nor epoch "
                        + "seconds/milliseconds"),
                new Rejection("events.csv", 14, "missing product id for a click event"),
                new Rejection("events.csv", 15, "broken quoting: text after a closing quote"),
                new Rejection("events.csv", 16, "expected 13 values, found 8")), withoutText(r.rejections()));
        assertEquals(9, number(ws, "SELECT count(*) FROM events"));
        assertEquals(7, number(ws, "SELECT count(*) FROM import_rejections"));
        assertEquals(Arrays.asList(ms("2024-03-01T10:00:00.250Z"), "u1", "s1", "impression", "SH-10", "red shoes", "1",
                        "mobile", null, "89.9", null, "r1", "0.31"),
                row(ws, "SELECT ts, user_id, session_id, type, product_id, query, position, device, dwell_ms, price, "
                        + "quantity, request_id, true_ctr FROM events WHERE product_id = 'SH-10' AND type = 'impression'"));
        assertEquals(List.of(ms("2024-03-01T10:00:05Z"), "5400"),
                row(ws, "SELECT ts, dwell_ms FROM events WHERE type = 'click' AND user_id = 'u1'"));
        assertEquals(ms("2024-03-01T10:00:10Z"), row(ws, "SELECT ts FROM events WHERE type = 'view'").get(0));
        assertEquals(ms("2024-03-01T10:01:00Z"), row(ws, "SELECT ts FROM events WHERE type = 'add_to_cart'").get(0));
        assertEquals(ms("2024-03-01T10:01:30Z"), row(ws, "SELECT ts FROM events WHERE type = 'purchase'").get(0));
        assertEquals(List.of("u1", "u2"), column(ws, "SELECT id FROM users ORDER BY id"));
        assertEquals("completed", row(ws, "SELECT status FROM import_reports").get(0));
    }

    @Test
    void ga4ExportBecomesImpressionsClicksAndFillsInProducts() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        ImportReport r = Fixtures.load(ws, copy("ga4.jsonl", dir), DataKind.EVENTS);
        assertEquals("ga4-jsonl", r.format());
        assertEquals(6, r.accepted());
        assertEquals(List.of(new Rejection("ga4.jsonl", 8, "missing event_timestamp"),
                new Rejection("ga4.jsonl", 9, "item 2 has no item_id")), withoutText(r.rejections()));
        ImportDetails d = service.details(r.id());
        assertEquals(1, d.skipped());
        assertEquals(Map.of("'page_view' (not a shopper event MerchLab stores)", 1L), d.skippedBy());
        assertEquals(8, number(ws, "SELECT count(*) FROM events"));
        assertEquals(List.of("SH-10|1|running shoes|1709287000|mobile", "SH-20|2|running shoes|1709287000|mobile"),
                column(ws, "SELECT product_id || '|' || position || '|' || query || '|' || session_id || '|' || device "
                        + "FROM events WHERE type = 'impression' ORDER BY position"));
        assertEquals(1, number(ws, "SELECT count(DISTINCT request_id) FROM events WHERE type = 'impression'"));
        assertEquals(List.of("member-7", "2", "4200", "req-42"),
                row(ws, "SELECT user_id, position, dwell_ms, request_id FROM events WHERE type = 'click'"));
        assertEquals(List.of(ms("2024-03-01T10:00:00Z"), "running shoes"),
                row(ws, "SELECT ts, query FROM events WHERE type = 'search'"));
        assertEquals(List.of("2", "120.0"), row(ws, "SELECT quantity, price FROM events WHERE type = 'add_to_cart'"));
        assertEquals(2, number(ws, "SELECT count(*) FROM events WHERE type = 'purchase'"));
        assertEquals(List.of("Road Racer", "Fleetfoot", "Shoes > Running"),
                row(ws, "SELECT title, brand, category FROM products WHERE id = 'SH-20'"));
        assertEquals(List.of("Running Socks", "Apparel > Socks"),
                row(ws, "SELECT title, category FROM products WHERE id = 'SOCK-1'"));
        assertEquals(3, number(ws, "SELECT count(*) FROM products"));
    }

    @Test
    void catalogProductsAreNotOverwrittenByBehaviourLogs() throws Exception {
        Workspace ws = workspace();
        load(ws, copy("catalog.tsv", dir), DataKind.CATALOG);
        load(ws, copy("ga4.jsonl", dir), DataKind.EVENTS);
        assertEquals("Trail Runner 2", row(ws, "SELECT title FROM products WHERE id = 'SH-10'").get(0));
        assertEquals("89.9", row(ws, "SELECT price FROM products WHERE id = 'SH-10'").get(0));
    }

    @Test
    void ubiBulkFileWithQueriesAndEvents() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        ImportReport r = load(ws, copy("ubi-bulk.ndjson", dir), DataKind.EVENTS);
        assertEquals("ubi", r.format());
        assertEquals(4, r.accepted());
        assertEquals(List.of(new Rejection("ubi-bulk.ndjson", 10, "missing product id for an add_to_cart event")),
                withoutText(r.rejections()));
        ImportDetails d = service.details(r.id());
        assertEquals(1, d.skipped());
        assertEquals(List.of("ordinals of application shop count from 0: stored as position ordinal + 1"), d.notes());
        assertEquals(List.of("YM-1|1", "YM-2|2", "YM-3|3"), column(ws, "SELECT product_id || '|' || position "
                + "FROM events WHERE type = 'impression' AND session_id IS NULL ORDER BY position"));
        assertEquals(List.of("c-1", "q-1", "yoga mat"),
                row(ws, "SELECT user_id, request_id, query FROM events WHERE type = 'search'"));
        assertEquals(List.of("YM-1", "1", "sess-1"),
                row(ws, "SELECT product_id, position, session_id FROM events WHERE type = 'impression' "
                        + "AND session_id IS NOT NULL"));
        assertEquals(List.of("YM-2", "2", ms("2024-12-10T00:01:31Z")),
                row(ws, "SELECT product_id, position, ts FROM events WHERE type = 'click'"));
        assertEquals(List.of("YM-3", "3"), row(ws, "SELECT product_id, position FROM events WHERE type = 'purchase'"));
    }

    @Test
    void ubiPlainDocumentsAreTellApartByTheirFields() throws Exception {
        Workspace ws = workspace();
        ImportReport r = load(ws, copy("ubi-plain.ndjson", dir), DataKind.EVENTS);
        assertEquals("ubi", r.format());
        assertEquals(2, r.accepted());
        assertEquals(List.of("click|DB-1|1", "impression|DB-1|1", "search||"),
                column(ws, "SELECT type || '|' || coalesce(product_id, '') || '|' || coalesce(position, '') "
                        + "FROM events ORDER BY type"));
    }

    @Test
    void rees46LogMapsTypesSkipsRemovalsAndFillsInProducts() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        ImportReport r = load(ws, copy("rees46.csv", dir), DataKind.EVENTS);
        assertEquals("rees46-csv", r.format());
        assertEquals(4, r.accepted());
        assertEquals(List.of(new Rejection("rees46.csv", 7,
                "unknown event type 'wishlist' (expected view, cart, remove_from_cart or purchase)")), withoutText(r.rejections()));
        assertEquals(Map.of("remove_from_cart (MerchLab has no event type for it)", 1L),
                service.details(r.id()).skippedBy());
        assertEquals(List.of("add_to_cart", "purchase", "view", "view"),
                column(ws, "SELECT type FROM events ORDER BY type"));
        assertEquals(List.of("aqua water_heater", "aqua", "appliances > environment > water_heater", "33.2",
                        "{\"category_id\":\"2053013552326770905\"}"),
                row(ws, "SELECT title, brand, category, price, attributes FROM products WHERE id = '3900821'"));
        assertEquals(List.of("shiseido 44600062"), row(ws, "SELECT title FROM products WHERE id = '44600062'"));
        assertEquals(List.of("554748717", "9333dfbd-b87a-4708-9857-6336556b0fcc", "1569888005000"),
                row(ws, "SELECT user_id, session_id, ts FROM events WHERE type = 'purchase'"));
    }

    @Test
    void recboleInteractionsBecomePurchases() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        ImportReport r = load(ws, copy("shop.inter", dir), DataKind.EVENTS);
        assertEquals("recbole", r.format());
        assertEquals(3, r.accepted());
        assertEquals(List.of(new Rejection("shop.inter", 5, "missing item_id")), withoutText(r.rejections()));
        assertEquals(List.of("rating values are not stored: every interaction becomes a purchase event"),
                service.details(r.id()).notes());
        assertEquals(List.of("1|10|881250949000", "2|10|881250950000", "2|11|881250960000"),
                column(ws, "SELECT user_id || '|' || product_id || '|' || ts FROM events WHERE type = 'purchase' "
                        + "ORDER BY ts"));
    }
}
