package merchlab.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated files have exactly the documented headers and well-formed, mutually consistent rows. */
class GeneratedFilesFormatTest {
    private static final Pattern PRICE = Pattern.compile("\\d+\\.\\d{2} (USD|CNY)");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    private static final Set<String> TYPES = Set.of("search", "impression", "click", "view", "add_to_cart",
            "purchase");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static GeneratedShop shop;
    static List<Map<String, String>> products;
    static List<Map<String, String>> events;

    @BeforeAll
    static void generate() {
        ShopConfig config = ShopConfig.of(ShopSize.SMALL).withProducts(600).withUsers(120).withDays(6)
                .withFormats(EnumSet.allOf(OutputFormat.class));
        shop = new ShopGenerator().generate(config, dir, GenerationListener.NONE);
        products = ShopFiles.rows(shop.productsCsv());
        events = ShopFiles.rows(shop.eventsCsv());
    }

    @Test
    void productsCsvHasMerchantCenterColumnsAndPrices() {
        assertEquals(List.of("id", "title", "description", "link", "image_link", "availability", "price", "brand",
                "product_type", "color", "size", "material", "gender", "item_group_id", "custom_label_0"),
                ShopFiles.header(shop.productsCsv()));
        assertEquals(600, products.size());
        Set<String> ids = new HashSet<>();
        for (Map<String, String> p : products) {
            assertTrue(ids.add(p.get("id")), "duplicate id " + p.get("id"));
            assertTrue(PRICE.matcher(p.get("price")).matches(), p.get("price"));
            int levels = p.get("product_type").split(" > ").length;
            assertTrue(levels == 2 || levels == 3, p.get("product_type"));
            assertTrue(Set.of("en", "zh").contains(p.get("custom_label_0")));
            assertTrue(p.get("price").endsWith(p.get("custom_label_0").equals("en") ? "USD" : "CNY"));
            assertTrue(Set.of("in_stock", "out_of_stock", "preorder", "backorder").contains(p.get("availability")));
            assertFalse(p.get("title").isBlank());
            assertTrue(p.get("link").endsWith(p.get("id")));
        }
    }

    @Test
    void eventsCsvIsTimeOrderedWithValidTypesAndProbabilities() {
        assertEquals(List.of("timestamp", "user_id", "session_id", "event_type", "product_id", "query", "position",
                "device", "dwell_ms", "price", "quantity", "request_id", "true_click_probability"),
                ShopFiles.header(shop.eventsCsv()));
        assertEquals(shop.events(), events.size());
        Instant previous = Instant.MIN;
        Instant start = Instant.parse(ShopConfig.START_DATE + "T00:00:00Z");
        for (Map<String, String> e : events) {
            assertTrue(TIMESTAMP.matcher(e.get("timestamp")).matches(), e.get("timestamp"));
            Instant t = Instant.parse(e.get("timestamp"));
            assertFalse(t.isBefore(previous), "events out of time order at " + t);
            assertFalse(t.isBefore(start));
            previous = t;
            assertTrue(TYPES.contains(e.get("event_type")), e.get("event_type"));
            assertTrue(Set.of("mobile", "desktop", "tablet").contains(e.get("device")));
            String p = e.get("true_click_probability");
            if (e.get("event_type").equals("impression")) {
                double probability = Double.parseDouble(p);
                assertTrue(probability > 0 && probability < 1, p);
            } else {
                assertEquals("", p);
            }
        }
    }

    @Test
    void eachRequestIsASearchRowThenPositionsOneToNThenItsClicks() {
        Map<String, String> searchQuery = new HashMap<>();
        Map<String, Map<Integer, String>> shown = new HashMap<>();
        int clicks = 0;
        for (Map<String, String> e : events) {
            String request = e.get("request_id");
            switch (e.get("event_type")) {
                case "search" -> {
                    assertEquals("", e.get("product_id"));
                    assertFalse(e.get("query").isEmpty());
                    searchQuery.put(request, e.get("query"));
                }
                case "impression" -> {
                    Map<Integer, String> list = shown.computeIfAbsent(request, r -> new HashMap<>());
                    int position = Integer.parseInt(e.get("position"));
                    assertEquals(list.size() + 1, position, "positions of " + request + " are not 1..N in order");
                    list.put(position, e.get("product_id"));
                    assertEquals(searchQuery.getOrDefault(request, ""), e.get("query"));
                }
                case "click" -> {
                    clicks++;
                    int position = Integer.parseInt(e.get("position"));
                    assertEquals(shown.get(request).get(position), e.get("product_id"),
                            "click on a product not shown at that position");
                    assertTrue(Long.parseLong(e.get("dwell_ms")) >= 1_000);
                }
                case "add_to_cart", "purchase" -> {
                    assertTrue(shown.get(request).containsValue(e.get("product_id")));
                    assertTrue(Integer.parseInt(e.get("quantity")) >= 1);
                    assertFalse(e.get("price").isEmpty());
                }
                default -> assertEquals("", e.get("request_id"));
            }
        }
        assertTrue(clicks > 50, "too few clicks to check: " + clicks);
        assertEquals(shop.requests(), shown.size());
    }

    @Test
    void impressionTruthHasOneRowPerImpressionWithThePositionCurve() {
        assertEquals(List.of("request_id", "product_id", "position", "relevance", "category_affinity",
                "brand_affinity", "price_fit", "quality", "context", "position_bias"),
                ShopFiles.header(shop.impressionTruthCsv()));
        List<Map<String, String>> truth = ShopFiles.rows(shop.impressionTruthCsv());
        assertEquals(shop.impressions(), truth.size());
        ShopWorld world = ShopWorld.fromTruth(shop.truthJson());
        for (Map<String, String> row : truth) {
            int position = Integer.parseInt(row.get("position"));
            assertEquals(Math.log(world.clickModel().examination(position)),
                    Double.parseDouble(row.get("position_bias")), 1e-6);
        }
    }

    @Test
    void queriesAndJudgmentsCoverEverySearchedQuery() {
        assertEquals(List.of("query", "lang", "kind", "category", "brand", "color", "price_min", "price_max",
                "gender"), ShopFiles.header(shop.queriesCsv()));
        Map<String, Map<String, String>> queries = new HashMap<>();
        ShopFiles.rows(shop.queriesCsv()).forEach(q -> queries.put(q.get("query"), q));
        assertEquals(shop.queries(), queries.size());
        events.stream().filter(e -> e.get("event_type").equals("search"))
                .forEach(e -> assertTrue(queries.containsKey(e.get("query")), e.get("query")));
        queries.values().forEach(q -> assertTrue(Set.of("exact", "misspelled", "paraphrase").contains(q.get("kind"))));
        assertEquals(List.of("query", "product_id", "grade"), ShopFiles.header(shop.judgmentsCsv()));
        Set<String> ids = new HashSet<>();
        products.forEach(p -> ids.add(p.get("id")));
        List<Map<String, String>> judgments = ShopFiles.rows(shop.judgmentsCsv());
        assertEquals(shop.judgments(), judgments.size());
        for (Map<String, String> j : judgments) {
            assertTrue(queries.containsKey(j.get("query")));
            assertTrue(ids.contains(j.get("product_id")));
            assertTrue(Set.of("1.0", "0.1", "0.01").contains(j.get("grade")), j.get("grade"));
        }
    }

    @Test
    void merchantJsonLinesMatchTheCsv() throws IOException {
        List<String> lines = Files.readAllLines(shop.productsJsonl(), StandardCharsets.UTF_8);
        assertEquals(products.size(), lines.size());
        for (int i = 0; i < lines.size(); i += 37) {
            JsonNode json = JSON.readTree(lines.get(i));
            for (Map.Entry<String, String> field : products.get(i).entrySet()) {
                if (field.getValue().isEmpty()) {
                    assertTrue(json.path(field.getKey()).isMissingNode(), field.getKey());
                } else {
                    assertEquals(field.getValue(), json.get(field.getKey()).asText(), field.getKey());
                }
            }
        }
    }

    @Test
    void ga4RowsCarryTheSameBehaviour() throws IOException {
        long lists = 0;
        long listed = 0;
        long selects = 0;
        long searches = 0;
        for (String line : Files.readAllLines(shop.ga4EventsJsonl(), StandardCharsets.UTF_8)) {
            JsonNode row = JSON.readTree(line);
            assertTrue(row.get("event_timestamp").asLong() > 1_700_000_000_000_000L, "microseconds expected");
            assertNotNull(row.get("user_pseudo_id").asText());
            assertTrue(Set.of("mobile", "desktop", "tablet").contains(row.at("/device/category").asText()));
            assertEquals("ga_session_id", row.at("/event_params/0/key").asText());
            assertTrue(row.at("/event_params/0/value/int_value").isIntegralNumber());
            switch (row.get("event_name").asText()) {
                case "view_item_list" -> {
                    lists++;
                    JsonNode items = row.get("items");
                    for (int i = 0; i < items.size(); i++) {
                        assertEquals(i, items.get(i).get("index").asInt(), "GA4 list indexes count from 0");
                        assertTrue(items.get(i).has("item_category2"));
                    }
                    listed += items.size();
                }
                case "select_item" -> {
                    selects++;
                    assertTrue(row.at("/items/0/index").asInt() >= 0);
                }
                case "view_search_results" -> searches++;
                default -> { }
            }
        }
        assertEquals(shop.requests(), lists);
        assertEquals(shop.impressions(), listed);
        assertEquals(shop.clicks(), selects);
        assertEquals((long) shop.eventsByType().get("search"), searches);
    }
}
