package merchlab.importer.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import merchlab.importer.DataKind;
import merchlab.importer.read.RowProblem;

/**
 * A product feed as JSON Lines with the Merchant Center field names; a price may also be an object
 * {@code {"value": "12.99", "currency": "USD"}}, and lists or objects in other fields are kept as JSON text.
 */
final class MerchantJsonlFormat extends JsonLinesFormat {
    @Override
    public String name() {
        return "merchant-jsonl";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.CATALOG);
    }

    @Override
    public int recognise(Sniff sniff) {
        JsonNode first = sniff.jsonLine(0);
        if (first == null || !first.has("id") || first.has("event_name") || first.has("query_id")) {
            return 0;
        }
        long known = MerchantFields.VOCABULARY.stream().filter(first::has).count();
        return first.has("title") ? 8 : known >= 2 ? 5 : 0;
    }

    @Override
    protected void map(JsonNode record, RowSink sink) throws RowProblem {
        Map<String, String> fields = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = record.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = Columns.normalize(e.getKey());
            String value = value(name, e.getValue());
            if (value != null && !name.isEmpty()) {
                fields.putIfAbsent(name, value);
            }
        }
        sink.product(MerchantFields.product(fields));
    }

    private static String value(String name, JsonNode v) throws RowProblem {
        if (v == null || v.isNull()) {
            return null;
        }
        if (name.equals("id") && v.isContainerNode()) {
            throw new RowProblem("id is a JSON " + (v.isObject() ? "object" : "list") + ", not a product id");
        }
        if ((name.equals("price") || name.equals("sale_price")) && v.isObject()) {
            String amount = JsonValues.text(v, "value");
            String currency = JsonValues.text(v, "currency");
            return amount == null ? null : currency == null ? amount : amount + " " + currency;
        }
        if (v.isArray() && MerchantFields.MODELLED.contains(name)) {
            return v.isEmpty() ? null : value(name, v.get(0));
        }
        if (v.isContainerNode()) {
            return v.isEmpty() ? null : v.toString();
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
