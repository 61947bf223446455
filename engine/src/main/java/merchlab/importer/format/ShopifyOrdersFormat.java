package merchlab.importer.format;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.importer.DataKind;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;
import merchlab.importer.read.Timestamps;

/**
 * The Shopify orders export (CSV): one row per line item, the order's own fields ({@code Email}, {@code Financial
 * Status}, {@code Currency}, {@code Cancelled at}) on its first row only. Every line item is one purchase of its
 * {@code Lineitem sku} (or, without one, of the product id its {@code Lineitem name} gives, as the Shopify product
 * export makes it) by the customer: the e-mail address, else the phone number, else the billing name, else the order
 * itself (a guest). The order name is the session. Line items of cancelled, refunded or voided orders are skipped,
 * counted by reason; those of partially refunded orders are stored, and the report says how many. The customer is an
 * e-mail address or a phone number, so shopper ids are pseudonymised unless the import says to keep them.
 */
final class ShopifyOrdersFormat extends DelimitedFormat {
    private long partlyRefunded;

    @Override
    public String name() {
        return "shopify-orders";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.EVENTS);
    }

    @Override
    public boolean namesShoppers() {
        return true;
    }

    @Override
    public List<List<String>> neededColumns() {
        return List.of(List.of("name"), List.of("created_at"), List.of("lineitem_name"));
    }

    @Override
    public int recognise(Sniff sniff) {
        if (sniff.isJson() || sniff.isXml()) {
            return 0;
        }
        List<String> h = sniff.header();
        return h.contains("name") && h.contains("created_at") && h.contains("lineitem_name") ? 10 : 0;
    }

    /** What the first row of an order says for all its line items. */
    private record Order(String name, String shopper, String created, String currency, String status,
                         String cancelled) {
    }

    @Override
    protected RowMapper start(Columns c, ImportSource source, RowSink sink) {
        int name = c.require("name");
        int created = c.require("created_at");
        int item = c.require("lineitem_name");
        int email = c.find("email");
        int phone = c.find("phone", "billing_phone", "shipping_phone");
        int billingName = c.find("billing_name");
        int status = c.find("financial_status");
        int cancelled = c.find("cancelled_at");
        int currency = c.find("currency");
        int quantity = c.find("lineitem_quantity");
        int price = c.find("lineitem_price");
        int sku = c.find("lineitem_sku");
        int vendor = c.find("vendor");
        noteUnused(c, sink);
        Order[] last = {null};
        return (row, out) -> {
            String orderName = row.required(name);
            Order previous = last[0] != null && last[0].name().equals(orderName) ? last[0] : null;
            String shopper = customer(row.get(email), row.get(phone), row.get(billingName));
            Order order = new Order(orderName,
                    previous != null ? previous.shopper() : shopper != null ? shopper : "guest order " + orderName,
                    or(row.get(created), previous == null ? null : previous.created()),
                    or(row.get(currency), previous == null ? null : previous.currency()),
                    or(row.get(status), previous == null ? null : previous.status()),
                    or(row.get(cancelled), previous == null ? null : previous.cancelled()));
            last[0] = order;
            if (order.created() == null) {
                throw new RowProblem("missing Created at");
            }
            long ts = Timestamps.parse(order.created());
            if (order.cancelled() != null) {
                throw RowProblem.skip("a line item of a cancelled order (not a purchase)");
            }
            String state = order.status() == null ? "" : order.status().toLowerCase(Locale.ROOT);
            if (state.equals("refunded") || state.equals("voided")) {
                throw RowProblem.skip("a line item of a " + state + " order (not a purchase)");
            }
            String title = row.get(item);
            String productId = row.get(sku);
            if (productId == null) {
                productId = title == null ? null : Slug.of(title);
                if (productId == null || productId.isEmpty()) {
                    throw new RowProblem("a line item without Lineitem sku or a Lineitem name to tell the product");
                }
            }
            Long count = row.whole(quantity, 0);
            if (count != null && count == 0) {
                throw RowProblem.skip("a line item of quantity 0 (removed from the order)");
            }
            Double amount = EventRules.price(row.decimal(price));
            out.productSeen(FillIn.product(productId, title, row.get(vendor), null, amount, order.currency(),
                    Map.of()));
            out.event(new Event(ts, order.shopper(), orderName, EventType.PURCHASE, productId, null, null, null, null,
                    amount, EventRules.quantity(count), null, null));
            if (state.equals("partially_refunded")) {
                partlyRefunded++;
            }
        };
    }

    @Override
    protected void finish(RowSink sink) {
        if (partlyRefunded > 0) {
            sink.note(String.format(Locale.ROOT, "%,d line item%s of partially refunded orders %s stored as purchases"
                    + " (the export does not say which items were refunded)", partlyRefunded,
                    partlyRefunded == 1 ? "" : "s", partlyRefunded == 1 ? "is" : "are"));
        }
    }

    /** The e-mail address (lower case), else the phone number (digits and +), else the billing name. */
    private static String customer(String email, String phone, String billingName) {
        if (email != null) {
            return email.toLowerCase(Locale.ROOT);
        }
        if (phone != null) {
            String digits = phone.replaceAll("[^0-9+]", "");
            if (digits.length() >= 5) {
                return digits;
            }
        }
        return billingName == null ? null : Numbers.clip(billingName, 200);
    }

    private static String or(String own, String inherited) {
        return own != null ? own : inherited;
    }
}
