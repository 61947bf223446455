package merchlab.importer.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.importer.DataKind;
import merchlab.importer.read.LineReader;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;
import merchlab.importer.read.Timestamps;

/**
 * OpenSearch User Behavior Insights: {@code ubi_queries} and {@code ubi_events} documents as NDJSON, plain or in the
 * bulk-index form (an action line before each document). A query becomes a search plus one impression per
 * {@code query_response_hit_ids} entry at its place in the list (a query with an empty {@code user_query} gives
 * only its impressions); an event maps its {@code action_name} to an event
 * type, {@code event_attributes.object.object_id} to the product and {@code event_attributes.position.ordinal} to the
 * position. {@code client_id} is the shopper and {@code query_id} the request id. Applications whose ordinals include
 * 0 count from 0 and get ordinal + 1, the others are stored as given (the report says which).
 */
final class UbiFormat extends JsonLinesFormat {
    private String pendingIndex;
    private final Map<String, Boolean> countsFromZero = new TreeMap<>();

    @Override
    public String name() {
        return "ubi";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.EVENTS);
    }

    @Override
    public int recognise(Sniff sniff) {
        JsonNode first = sniff.jsonLine(0);
        if (first == null) {
            return 0;
        }
        String index = bulkIndex(first);
        if (index != null) {
            return index.startsWith("ubi") ? 10 : 0;
        }
        boolean ids = first.has("query_id") && (first.has("client_id") || first.has("user_id"));
        return ids && (first.has("action_name") || first.has("user_query") || first.has("query_response_hit_ids")) ? 9 : 0;
    }

    @Override
    protected boolean control(JsonNode line) {
        if (line.size() != 1) {
            return false;
        }
        String action = line.fieldNames().next();
        JsonNode meta = line.get(action);
        if (!Set.of("index", "create", "update", "delete").contains(action) || !meta.isObject()) {
            return false;
        }
        pendingIndex = action.equals("delete") ? null : JsonValues.text(meta, "_index");
        return true;
    }

    @Override
    protected void prepare(ImportSource source, RowSink sink) throws IOException {
        try (LineReader reader = new LineReader(source.reopen())) {
            while (reader.next()) {
                JsonNode node = reader.tooLong() ? null : parse(reader);
                Integer ordinal = node == null ? null : ordinal(node);
                if (ordinal != null) {
                    String app = String.valueOf(JsonValues.text(node, "application"));
                    countsFromZero.merge(app, ordinal == 0, Boolean::logicalOr);
                }
            }
        }
        countsFromZero.forEach((app, zero) -> {
            if (zero) {
                sink.note("ordinals of application " + app + " count from 0: stored as position ordinal + 1");
            }
        });
    }

    @Override
    protected void map(JsonNode r, RowSink sink) throws RowProblem {
        String index = pendingIndex;
        pendingIndex = null;
        boolean isEvent = index != null ? index.contains("event") : r.has("action_name");
        long ts = timestamp(r);
        String shopper = JsonValues.text(r, "client_id");
        if (shopper == null) {
            shopper = JsonValues.text(r, "user_id");
        }
        String session = JsonValues.text(r, "session_id");
        if (session == null) {
            session = JsonValues.text(r, "event_attributes", "session_id");
        }
        String queryId = JsonValues.text(r, "query_id");
        if (isEvent) {
            event(r, sink, ts, shopper, session, queryId);
        } else {
            query(r, sink, ts, shopper, session, queryId);
        }
    }

    private void query(JsonNode r, RowSink sink, long ts, String shopper, String session, String queryId)
            throws RowProblem {
        String text = JsonValues.text(r, "user_query");
        JsonNode hits = r.has("query_response_hit_ids") ? r.get("query_response_hit_ids") : r.get("query_response_object_ids");
        boolean listed = hits != null && hits.isArray() && !hits.isEmpty();
        if (text == null && !listed) {
            throw RowProblem.skip("a query with an empty user_query and no hits (nothing was searched or shown)");
        }
        if (text != null) {
            EventRules.check(EventType.SEARCH, shopper, null, text);
            sink.event(new Event(ts, shopper, session, EventType.SEARCH, null, text, null, null, null, null, null,
                    queryId, null));
        } else if (shopper == null) {
            throw new RowProblem("missing user id");
        }
        if (!listed) {
            return;
        }
        for (int i = 0; i < hits.size(); i++) {
            String product = hits.get(i).isValueNode() ? hits.get(i).asText().strip() : "";
            if (product.isEmpty()) {
                throw new RowProblem("hit " + (i + 1) + " of query_response_hit_ids is empty");
            }
            sink.event(new Event(ts, shopper, session, EventType.IMPRESSION, product, text, i + 1, null, null, null,
                    null, queryId, null));
        }
    }

    private void event(JsonNode r, RowSink sink, long ts, String shopper, String session, String queryId)
            throws RowProblem {
        String action = JsonValues.text(r, "action_name");
        if (action == null) {
            throw new RowProblem("missing action_name");
        }
        EventType type = switch (action) {
            case "impression" -> EventType.IMPRESSION;
            case "click", "click_through", "item_click", "product_click" -> EventType.CLICK;
            case "view", "watch", "product_view", "item_view" -> EventType.VIEW;
            case "add_to_cart" -> EventType.ADD_TO_CART;
            case "purchase" -> EventType.PURCHASE;
            case "search", "on_search", "view_search_results" -> EventType.SEARCH;
            default -> throw RowProblem.skip("action '" + Numbers.clip(action) + "' (not a shopper event MerchLab stores)");
        };
        String query = JsonValues.text(r, "user_query");
        if (query == null && type == EventType.SEARCH) {
            query = JsonValues.text(r, "event_attributes", "object", "search_term");
            if (query == null && "QUERY".equals(JsonValues.text(r, "message_type"))) {
                query = JsonValues.text(r, "message");
            }
        }
        String product = type == EventType.SEARCH ? null : JsonValues.text(r, "event_attributes", "object", "object_id");
        EventRules.check(type, shopper, product, query);
        Integer position = null;
        Integer ordinal = ordinal(r);
        if (ordinal != null && type != EventType.SEARCH) {
            boolean zero = countsFromZero.getOrDefault(String.valueOf(JsonValues.text(r, "application")), false);
            position = zero ? ordinal + 1 : ordinal;
            if (position < 1) {
                throw new RowProblem("position ordinal " + ordinal + " is negative");
            }
        }
        sink.event(new Event(ts, shopper, session, type, product, query, position, null, null, null, null, queryId,
                null));
    }

    private static Integer ordinal(JsonNode r) {
        JsonNode position = JsonValues.at(r, "event_attributes", "position");
        if (position == null || !position.isObject()) {
            return null;
        }
        JsonNode v = position.has("ordinal") ? position.get("ordinal") : position.get("index");
        if (v != null && v.isObject()) {
            v = v.get("index");
        }
        return v != null && v.canConvertToInt() && v.isIntegralNumber() ? v.intValue() : null;
    }

    private static long timestamp(JsonNode r) throws RowProblem {
        String ts = JsonValues.text(r, "timestamp");
        if (ts == null) {
            throw new RowProblem("missing timestamp");
        }
        return Timestamps.parse(ts);
    }

    private static String bulkIndex(JsonNode line) {
        if (line.size() != 1) {
            return null;
        }
        String action = line.fieldNames().next();
        JsonNode meta = line.get(action);
        return Set.of("index", "create").contains(action) && meta.isObject() ? JsonValues.text(meta, "_index") : null;
    }
}
