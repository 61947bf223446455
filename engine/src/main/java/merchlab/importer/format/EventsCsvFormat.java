package merchlab.importer.format;

import java.util.List;
import java.util.Set;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.behaviour.Sponsorship;
import merchlab.importer.DataKind;
import merchlab.importer.read.Timestamps;

/**
 * The generic behaviour-log CSV/TSV: {@code timestamp, user_id, session_id, event_type, product_id, query, position,
 * device, dwell_ms, price, quantity}, optionally {@code request_id} and {@code true_click_probability}, and for
 * sponsored products {@code sponsored, campaign_id, bid, price_paid}.
 */
final class EventsCsvFormat extends DelimitedFormat {
    static final String[] TIMESTAMP = {"timestamp", "ts", "time", "event_time", "datetime", "时间戳", "时间"};
    static final String[] TYPE = {"event_type", "type", "event", "action"};
    static final String[] USER = {"user_id", "user", "shopper_id", "customer_id", "visitor_id", "visitorid", "用户id"};
    static final String[] PRODUCT = {"product_id", "item_id", "product", "itemid", "商品id"};

    @Override
    public String name() {
        return "events-csv";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.EVENTS);
    }

    @Override
    public List<List<String>> neededColumns() {
        return List.of(List.of(TIMESTAMP), List.of(USER), List.of(TYPE));
    }

    @Override
    public int recognise(Sniff sniff) {
        if (sniff.isJson()) {
            return 0;
        }
        List<String> h = sniff.header();
        boolean time = List.of(TIMESTAMP).stream().anyMatch(h::contains);
        boolean type = List.of(TYPE).stream().anyMatch(h::contains);
        if (!time || !type || h.stream().anyMatch(c -> c.contains(":"))) {
            return 0;
        }
        return h.contains("user_session") && h.contains("category_code") ? 3 : 8;
    }

    @Override
    protected RowMapper start(Columns c, ImportSource source, RowSink sink) {
        int ts = c.require(TIMESTAMP);
        int user = c.require(USER);
        int type = c.require(TYPE);
        int session = c.find("session_id", "session", "user_session");
        int product = c.find(PRODUCT);
        int query = c.find("query", "search_query", "search_term");
        int position = c.find("position", "rank");
        int device = c.find("device", "device_type", "device_category");
        int dwell = c.find("dwell_ms", "dwell_time_ms");
        int price = c.find("price");
        int quantity = c.find("quantity", "qty");
        int request = c.find("request_id", "impression_id", "list_id");
        int truth = c.find("true_click_probability", "true_ctr");
        int sponsored = c.find("sponsored", "is_sponsored", "is_ad");
        int campaign = c.find("campaign_id", "campaign");
        int bid = c.find("bid", "ad_bid");
        int paid = c.find("price_paid", "cost_per_click", "cpc");
        boolean ads = sponsored >= 0 || campaign >= 0;
        noteUnused(c, sink);
        return (row, out) -> {
            long time = Timestamps.parse(row.required(ts));
            String shopper = row.get(user);
            EventType kind = EventRules.type(row.get(type));
            String productId = row.get(product);
            String text = row.get(query);
            EventRules.check(kind, shopper, productId, text);
            Sponsorship ad = ads ? EventRules.sponsorship(kind, row.get(sponsored), row.get(campaign),
                    row.decimal(bid), row.decimal(paid)) : null;
            out.event(new Event(time, shopper, row.get(session), kind, productId, text,
                    EventRules.position(row.whole(position, Long.MIN_VALUE + 1)), row.get(device),
                    row.whole(dwell, 0), EventRules.price(row.decimal(price)),
                    EventRules.quantity(row.whole(quantity, 0)), row.get(request),
                    EventRules.probability(row.decimal(truth)), ad));
        };
    }
}
