package merchlab.importer.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.behaviour.Sponsorship;
import merchlab.importer.DataKind;
import merchlab.importer.read.Hash64;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;
import merchlab.importer.read.Timestamps;

/**
 * Google Analytics 4 BigQuery export rows as JSON Lines. {@code view_item_list} becomes one impression per item
 * (position = {@code index} + 1, GA4 indexes counting from 0), {@code select_item} a click, {@code view_item} a view,
 * {@code add_to_cart} and {@code purchase} themselves, {@code search} and {@code view_search_results} a search with
 * {@code search_term}; other event names are skipped. The shopper is {@code user_id} when set, else
 * {@code user_pseudo_id}. A {@code request_id} event parameter, where a shop sends one, is the request id; otherwise
 * the impressions of one list share a request id made from the event. Items also fill in products the catalog lacks.
 */
final class Ga4JsonlFormat extends JsonLinesFormat {
    @Override
    public String name() {
        return "ga4-jsonl";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.EVENTS);
    }

    @Override
    public int recognise(Sniff sniff) {
        JsonNode first = sniff.jsonLine(0);
        return first != null && first.has("event_name") && first.has("event_timestamp") ? 10 : 0;
    }

    @Override
    protected void map(JsonNode r, RowSink sink) throws RowProblem {
        String name = JsonValues.text(r, "event_name");
        if (name == null) {
            throw new RowProblem("missing event_name");
        }
        EventType type = switch (name) {
            case "view_item_list" -> EventType.IMPRESSION;
            case "select_item" -> EventType.CLICK;
            case "view_item" -> EventType.VIEW;
            case "add_to_cart" -> EventType.ADD_TO_CART;
            case "purchase" -> EventType.PURCHASE;
            case "search", "view_search_results" -> EventType.SEARCH;
            default -> throw RowProblem.skip("'" + Numbers.clip(name) + "' (not a shopper event MerchLab stores)");
        };
        String micros = JsonValues.text(r, "event_timestamp");
        if (micros == null) {
            throw new RowProblem("missing event_timestamp");
        }
        long ts = Timestamps.checkRange(Numbers.atLeast(micros, 0, "event_timestamp") / 1000, micros);
        String shopper = JsonValues.text(r, "user_id");
        if (shopper == null) {
            shopper = JsonValues.text(r, "user_pseudo_id");
        }
        if (shopper == null) {
            throw new RowProblem("missing user_pseudo_id");
        }
        Map<String, String> params = params(r.get("event_params"));
        String session = params.get("ga_session_id");
        String query = params.get("search_term");
        Long dwell = EventRules.dwellMs(params.get("engagement_time_msec"));
        String device = JsonValues.text(r, "device", "category");
        String requestParam = params.get("request_id");
        String currency = params.containsKey("currency") ? params.get("currency") : JsonValues.text(r, "ecommerce",
                "currency");
        if (type == EventType.SEARCH) {
            EventRules.check(type, shopper, null, query);
            sink.event(new Event(ts, shopper, session, type, null, query, null, device, dwell, null, null,
                    requestParam, null));
            return;
        }
        JsonNode items = r.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw new RowProblem(name + " without items");
        }
        String request = requestParam != null ? requestParam : type == EventType.IMPRESSION
                ? "ga4-" + Hash64.hex(JsonValues.text(r, "user_pseudo_id"), micros,
                        JsonValues.text(items.get(0), "item_list_id"), JsonValues.text(items.get(0), "item_list_name"))
                : null;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String id = JsonValues.text(item, "item_id");
            if (id == null) {
                throw new RowProblem("item " + (i + 1) + " has no item_id");
            }
            Double price = EventRules.price(JsonValues.text(item, "price"));
            Integer quantity = EventRules.quantity(JsonValues.text(item, "quantity"));
            Integer position = position(item);
            String category = FillIn.path(JsonValues.text(item, "item_category"), JsonValues.text(item, "item_category2"),
                    JsonValues.text(item, "item_category3"), JsonValues.text(item, "item_category4"),
                    JsonValues.text(item, "item_category5"));
            String brand = JsonValues.text(item, "item_brand");
            sink.productSeen(FillIn.product(id, JsonValues.text(item, "item_name"), brand, category, price, currency,
                    Map.of()));
            sink.event(new Event(ts, shopper, session, type, id, query, position, device, dwell, price, quantity,
                    request, null, promotion(type, item)));
        }
    }

    /**
     * The sponsored slot an item of a list or a click was, from GA4's item-level promotion fields: {@code promotion_id}
     * names the campaign ({@code (not set)} is none), {@code item_params} may carry {@code bid} and {@code price_paid}.
     * Only impressions and clicks are read as ads.
     */
    private static Sponsorship promotion(EventType type, JsonNode item) throws RowProblem {
        String campaign = JsonValues.text(item, "promotion_id");
        if (campaign == null || campaign.equals("(not set)")
                || type != EventType.IMPRESSION && type != EventType.CLICK) {
            return null;
        }
        Map<String, String> itemParams = params(item.get("item_params"));
        Double bid = itemParams.containsKey("bid") ? Numbers.decimal(itemParams.get("bid"), "bid") : null;
        Double paid = itemParams.containsKey("price_paid")
                ? Numbers.decimal(itemParams.get("price_paid"), "price_paid") : null;
        return EventRules.sponsorship(type, "1", campaign, bid, paid);
    }

    private static Integer position(JsonNode item) throws RowProblem {
        String index = JsonValues.text(item, "index");
        if (index == null) {
            index = JsonValues.text(item, "item_list_index");
        }
        if (index == null || index.equals("(not set)")) {
            return null;
        }
        long i = Numbers.whole(index, "item index");
        if (i < 0 || i >= Integer.MAX_VALUE) {
            throw new RowProblem("item index " + i + " is negative");
        }
        return (int) i + 1;
    }

    private static Map<String, String> params(JsonNode list) {
        Map<String, String> out = new HashMap<>();
        if (list == null || !list.isArray()) {
            return out;
        }
        for (JsonNode p : list) {
            String key = JsonValues.text(p, "key");
            JsonNode value = p.get("value");
            if (key == null || value == null) {
                continue;
            }
            for (String field : new String[] {"string_value", "int_value", "float_value", "double_value"}) {
                String v = JsonValues.text(value, field);
                if (v != null) {
                    out.putIfAbsent(key, v);
                    break;
                }
            }
        }
        return out;
    }
}
