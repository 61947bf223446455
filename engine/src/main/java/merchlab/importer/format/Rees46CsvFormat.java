package merchlab.importer.format;

import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.importer.DataKind;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;
import merchlab.importer.read.Timestamps;

/**
 * The REES46 multi-category store log ({@code event_time, event_type, product_id, category_id, category_code, brand,
 * price, user_id, user_session}). {@code view} is a view, {@code cart} an add-to-cart and {@code purchase} a
 * purchase; {@code remove_from_cart} has no MerchLab event type and is skipped (counted in the report). Every row also
 * fills in its product when the catalog lacks it: {@code category_code} dots become {@code " > "}.
 */
final class Rees46CsvFormat extends DelimitedFormat {
    @Override
    public String name() {
        return "rees46-csv";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.EVENTS);
    }

    @Override
    public List<List<String>> neededColumns() {
        return List.of(List.of("event_time"), List.of("event_type"), List.of("product_id"), List.of("user_id"),
                List.of("user_session"));
    }

    @Override
    public int recognise(Sniff sniff) {
        if (sniff.isJson()) {
            return 0;
        }
        List<String> h = sniff.header();
        return h.containsAll(List.of("event_time", "event_type", "product_id", "user_id", "user_session"))
                && (h.contains("category_code") || h.contains("category_id")) ? 10 : 0;
    }

    @Override
    protected RowMapper start(Columns c, ImportSource source, RowSink sink) {
        int time = c.require("event_time");
        int type = c.require("event_type");
        int product = c.require("product_id");
        int user = c.require("user_id");
        int session = c.find("user_session");
        int categoryId = c.find("category_id");
        int categoryCode = c.find("category_code");
        int brand = c.find("brand");
        int price = c.find("price");
        noteUnused(c, sink);
        return (row, out) -> {
            long ts = Timestamps.parse(row.required(time));
            EventType kind = type(row.required(type));
            String productId = row.required(product);
            String shopper = row.required(user);
            Double amount = EventRules.price(row.get(price));
            String code = row.get(categoryCode);
            String category = code == null ? null : FillIn.path(code.split("\\."));
            String maker = row.get(brand);
            String catId = row.get(categoryId);
            out.productSeen(FillIn.product(productId, null, maker, category, amount,
                    catId == null ? Map.of() : Map.of("category_id", catId)));
            out.event(new Event(ts, shopper, row.get(session), kind, productId, null, null, null, null, amount,
                    null, null, null));
        };
    }

    private static EventType type(String code) throws RowProblem {
        return switch (code) {
            case "view" -> EventType.VIEW;
            case "cart" -> EventType.ADD_TO_CART;
            case "purchase" -> EventType.PURCHASE;
            case "remove_from_cart" -> throw RowProblem.skip("remove_from_cart (MerchLab has no event type for it)");
            default -> throw new RowProblem("unknown event type '" + Numbers.clip(code)
                    + "' (expected view, cart, remove_from_cart or purchase)");
        };
    }
}
