package merchlab.importer;

import static merchlab.importer.RejectionTexts.withoutText;
import static merchlab.importer.Fixtures.column;
import static merchlab.importer.Fixtures.copy;
import static merchlab.importer.Fixtures.number;
import static merchlab.importer.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour logs as shops and public data sets publish them: Shopify orders, Retailrocket and Taobao logs. */
class ShopBehaviourExportTest {
    @TempDir
    Path dir;

    private Workspace workspace() {
        return Workspace.open(dir.resolve("ws.db"));
    }

    private static String ms(String iso) {
        return String.valueOf(Instant.parse(iso).toEpochMilli());
    }

    private ImportReport run(Workspace ws, ImportRequest request) {
        return new ImportService(ws).run(request, ImportListener.NONE, CancelToken.none());
    }

    @Test
    void shopifyOrdersGiveOnePurchasePerLineItemWithTheCustomerPseudonymised() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        ImportReport r = run(ws, ImportRequest.of(copy("shopify-orders.csv", dir), DataKind.EVENTS));
        assertEquals("shopify-orders", r.format());
        assertEquals(4, r.accepted());
        assertEquals(List.of(new Rejection("shopify-orders.csv", 8, "timestamp '…' is neither ISO-… nor epoch "
                + "seconds/milliseconds (values hidden: the import pseudonymises shopper ids)")), r.rejections());
        ImportDetails d = service.details(r.id());
        String hidden = " (values hidden: the import pseudonymises shopper ids)";
        assertEquals(Map.of("a line item of a refunded order (not a purchase)" + hidden, 1L,
                "a line item of a cancelled order (not a purchase)" + hidden, 1L), d.skippedBy());
        assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("shoppers are named by e-mail address")), d.notes()
                .toString());
        assertTrue(d.notes().contains("1 line item of partially refunded orders is stored as purchases (the export "
                + "does not say which items were refunded)" + hidden), d.notes().toString());
        List<String> shoppers = column(ws, "SELECT DISTINCT user_id FROM events ORDER BY user_id");
        assertEquals(2, shoppers.size());
        shoppers.forEach(s -> assertTrue(s.matches("[0-9a-f]{32}"), s));
        assertEquals(0, number(ws, "SELECT count(*) FROM events WHERE user_id LIKE '%@%' OR user_id LIKE '+%'"));
        assertEquals(List.of(ms("2024-03-01T09:00:00Z"), "#1001", "purchase", "CVT-M-GR", "30.0", "2"),
                row(ws, "SELECT ts, session_id, type, product_id, price, quantity FROM events "
                        + "WHERE product_id = 'CVT-M-GR'"));
        assertEquals(1, number(ws, "SELECT count(DISTINCT user_id) FROM events WHERE session_id IN ('#1001', '#1005')"));
        assertEquals(List.of("ocean-blue-shirt", "Ocean Blue Shirt", "50.0", "EUR", "Northwind"),
                row(ws, "SELECT id, title, price, currency, brand FROM products WHERE id = 'ocean-blue-shirt'"));
        assertEquals(List.of("BDT", ms("2024-03-02T17:06:21Z")),
                row(ws, "SELECT p.currency, e.ts FROM products p JOIN events e ON e.product_id = p.id "
                        + "WHERE p.id = 'apple-cider-vinegar-effervescent'"));
    }

    @Test
    void shopifyOrdersKeepCustomerIdsWhenAsked() throws Exception {
        Workspace ws = workspace();
        run(ws, new ImportRequest(copy("shopify-orders.csv", dir), DataKind.EVENTS, null, false, true));
        assertEquals(List.of("+8801795326165", "ann@example.com"),
                column(ws, "SELECT DISTINCT user_id FROM events ORDER BY user_id"));
    }

    @Test
    void retailrocketEventsMapToViewsCartsAndPurchases() throws Exception {
        Workspace ws = workspace();
        ImportReport r = Fixtures.load(ws, copy("retailrocket.csv", dir), DataKind.EVENTS);
        assertEquals("retailrocket-events", r.format());
        assertEquals(5, r.accepted());
        assertEquals(List.of(new Rejection("retailrocket.csv", 7, "unknown event 'removefromcart' (expected view, "
                + "addtocart or transaction)")), withoutText(r.rejections()));
        assertEquals(List.of("view", "add_to_cart", "purchase", "purchase", "view"),
                column(ws, "SELECT type FROM events ORDER BY ts, product_id"));
        assertEquals(Arrays.asList("1433221332117", "257597", "355908", null),
                row(ws, "SELECT ts, user_id, product_id, request_id FROM events WHERE type = 'view' ORDER BY ts"));
        assertEquals(List.of("17579", "17579"),
                column(ws, "SELECT request_id FROM events WHERE type = 'purchase'"));
    }

    @Test
    void taobaoLogWithoutHeaderSkipsFavouritesAndFillsInCategories() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        ImportReport r = Fixtures.load(ws, copy("taobao.csv", dir), DataKind.EVENTS);
        assertEquals("taobao-behaviour", r.format());
        assertEquals(5, r.accepted());
        assertEquals(0, r.rejected());
        ImportDetails d = service.details(r.id());
        assertEquals(Map.of("fav (a favourite: MerchLab has no wishlist event)", 1L), d.skippedBy());
        assertEquals(List.of("view", "view", "purchase", "add_to_cart", "view"),
                column(ws, "SELECT type FROM events ORDER BY user_id, ts"));
        assertEquals(List.of("1511579908000", "100", "1603476"),
                row(ws, "SELECT ts, user_id, product_id FROM events WHERE type = 'purchase'"));
        assertEquals("{\"category_id\":\"2951233\"}",
                row(ws, "SELECT attributes FROM products WHERE id = '1603476'").get(0));
    }

    @Test
    void taobaoLogWithChineseHeaderImportsItsProductFields() throws Exception {
        Workspace ws = workspace();
        ImportReport r = Fixtures.load(ws, copy("taobao-zh.csv", dir), DataKind.EVENTS);
        assertEquals("taobao-behaviour", r.format());
        assertEquals(2, r.accepted());
        assertEquals(List.of(new Rejection("taobao-zh.csv", 5, "unknown behaviour 'click' (expected pv, cart, buy or "
                + "fav)")), withoutText(r.rejections()));
        assertEquals(List.of("纯棉圆领T恤", "优衣库", "女装 > T恤", "79.0"),
                row(ws, "SELECT title, brand, category, price FROM products WHERE id = '501'"));
        assertEquals(List.of("view", "purchase"), column(ws, "SELECT type FROM events ORDER BY ts"));
    }

    @Test
    void ubiQueriesWithNeitherTextNorHitsAreSkippedNotRejected() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        Path log = java.nio.file.Files.writeString(dir.resolve("ubi_queries_events.ndjson"), String.join("\n",
                "{\"query_id\": \"q-1\", \"client_id\": \"c-1\", \"user_query\": \"\", \"query_response_hit_ids\": [],"
                        + " \"timestamp\": \"2024-12-10T00:01:29Z\"}",
                "{\"query_id\": \"q-2\", \"client_id\": \"c-1\", \"user_query\": \"yoga mat\", "
                        + "\"query_response_hit_ids\": [\"YM-1\"], \"timestamp\": \"2024-12-10T00:01:30Z\"}", ""));
        ImportReport r = run(ws, ImportRequest.of(log, DataKind.EVENTS));
        assertEquals("ubi", r.format());
        assertEquals(1, r.accepted());
        assertEquals(0, r.rejected());
        assertEquals(Map.of("a query with an empty user_query and no hits (nothing was searched or shown)", 1L),
                service.details(r.id()).skippedBy());
    }

    @Test
    void ga4PurchaseCurrencyIsTheFilledInProductsCurrency() throws Exception {
        Workspace ws = workspace();
        Path log = java.nio.file.Files.writeString(dir.resolve("ga4.jsonl"), "{\"event_timestamp\": \"1709287230000000\", "
                + "\"event_name\": \"purchase\", \"user_pseudo_id\": \"1.2\", \"event_params\": [{\"key\": \"currency\", "
                + "\"value\": {\"string_value\": \"EUR\"}}], \"items\": [{\"item_id\": \"SOCK-1\", \"item_name\": "
                + "\"Running Socks\", \"price\": 9.5, \"quantity\": 1}]}\n");
        assertEquals(1, Fixtures.load(ws, log, DataKind.EVENTS).accepted());
        assertEquals(List.of("Running Socks", "9.5", "EUR"),
                row(ws, "SELECT title, price, currency FROM products WHERE id = 'SOCK-1'"));
    }
}
