package merchlab.importer.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.behaviour.Event;
import merchlab.catalog.Product;

/**
 * Writes accepted rows back in MerchLab's own formats (events CSV, Merchant Center JSON Lines, judgments CSV), so a
 * fuzz test can read them again and compare.
 */
final class ShopFileWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names the Merchant Center reader gives a meaning of their own, so they cannot be written as plain attributes. */
    static final java.util.Set<String> SPECIAL = java.util.Set.of("id", "title", "description", "link", "image_link",
            "availability", "price", "sale_price", "brand", "product_type", "item_group_id", "color", "size", "gender",
            "material", "google_product_category");

    private ShopFileWriter() {
    }

    static String eventsCsv(List<Event> events) {
        StringBuilder sb = new StringBuilder("timestamp,user_id,session_id,event_type,product_id,query,position,device,"
                + "dwell_ms,price,quantity,request_id,true_click_probability\n");
        for (Event e : events) {
            sb.append(Instant.ofEpochMilli(e.timestamp())).append(',')
                    .append(text(e.userId())).append(',')
                    .append(text(e.sessionId())).append(',')
                    .append(e.type().code()).append(',')
                    .append(text(e.productId())).append(',')
                    .append(text(e.query())).append(',')
                    .append(e.position() == null ? "" : e.position()).append(',')
                    .append(text(e.device())).append(',')
                    .append(e.dwellMs() == null ? "" : e.dwellMs()).append(',')
                    .append(number(e.price())).append(',')
                    .append(e.quantity() == null ? "" : e.quantity()).append(',')
                    .append(text(e.requestId())).append(',')
                    .append(number(e.trueCtr())).append('\n');
        }
        return sb.toString();
    }

    static String merchantJsonl(List<Product> products) {
        StringBuilder sb = new StringBuilder();
        for (Product p : products) {
            Map<String, String> m = new LinkedHashMap<>(p.attributes());
            m.keySet().removeAll(SPECIAL);
            m.put("id", p.id());
            m.put("title", p.title());
            put(m, "description", p.description());
            put(m, "brand", p.brand());
            put(m, "product_type", p.category());
            put(m, "price", money(p.price(), p.currency()));
            put(m, "sale_price", money(p.salePrice(), p.currency()));
            put(m, "availability", p.availability());
            put(m, "color", p.color());
            put(m, "size", p.size());
            put(m, "material", p.material());
            put(m, "gender", p.gender());
            put(m, "link", p.link());
            put(m, "image_link", p.imageLink());
            put(m, "item_group_id", p.itemGroupId());
            try {
                sb.append(JSON.writeValueAsString(m)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.toString();
    }

    static String judgmentsCsv(List<RecordingSink.Judgment> judgments) {
        StringBuilder sb = new StringBuilder("query,product_id,grade\n");
        for (RecordingSink.Judgment j : judgments) {
            sb.append(text(j.query())).append(',').append(text(j.productId())).append(',')
                    .append(number(j.grade())).append('\n');
        }
        return sb.toString();
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String money(Double amount, String currency) {
        if (amount == null) {
            return null;
        }
        return number(amount) + (currency == null ? "" : " " + currency);
    }

    private static String number(Double v) {
        if (v == null) {
            return "";
        }
        return v == 0 ? Double.toString(v) : BigDecimal.valueOf(v).toPlainString();
    }

    private static String text(String s) {
        return s == null ? "" : '"' + s.replace("\"", "\"\"") + '"';
    }
}
