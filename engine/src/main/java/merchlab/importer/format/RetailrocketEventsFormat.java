package merchlab.importer.format;

import java.util.List;
import java.util.Set;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.importer.DataKind;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;
import merchlab.importer.read.Timestamps;

/**
 * The Retailrocket e-commerce events log ({@code timestamp, visitorid, event, itemid, transactionid}): times in epoch
 * milliseconds, {@code view} a view, {@code addtocart} an add-to-cart and {@code transaction} a purchase. The visitor
 * is the shopper; {@code transactionid} is kept as the purchase's request id, so the items bought together stay
 * together.
 */
final class RetailrocketEventsFormat extends DelimitedFormat {
    @Override
    public String name() {
        return "retailrocket-events";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.EVENTS);
    }

    @Override
    public List<List<String>> neededColumns() {
        return List.of(List.of("timestamp"), List.of("visitorid"), List.of("event"), List.of("itemid"));
    }

    @Override
    public int recognise(Sniff sniff) {
        if (sniff.isJson() || sniff.isXml()) {
            return 0;
        }
        List<String> h = sniff.header();
        return h.contains("visitorid") && h.contains("itemid") && h.contains("event") ? 10 : 0;
    }

    @Override
    protected RowMapper start(Columns c, ImportSource source, RowSink sink) {
        int time = c.require("timestamp");
        int visitor = c.require("visitorid");
        int event = c.require("event");
        int item = c.require("itemid");
        int transaction = c.find("transactionid");
        noteUnused(c, sink);
        return (row, out) -> {
            long ts = Timestamps.parse(row.required(time));
            String code = row.required(event);
            EventType type = switch (code) {
                case "view" -> EventType.VIEW;
                case "addtocart" -> EventType.ADD_TO_CART;
                case "transaction" -> EventType.PURCHASE;
                default -> throw new RowProblem("unknown event '" + Numbers.clip(code)
                        + "' (expected view, addtocart or transaction)");
            };
            String shopper = row.required(visitor);
            String product = row.required(item);
            out.event(new Event(ts, shopper, null, type, product, null, null, null, null, null, null,
                    type == EventType.PURCHASE ? row.get(transaction) : null, null));
        };
    }
}
