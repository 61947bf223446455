package merchlab.behaviour;

import java.util.List;

/**
 * A shopper's order as the behaviour log records it: the purchases of one visit (the session, which is the order name
 * for imported Shopify orders).
 *
 * @param placedAt epoch ms of the first purchase
 */
public record Order(String id, String shopper, long placedAt, List<Item> items) {
    public Order {
        items = List.copyOf(items);
    }

    /** One purchased product; price per unit in the product's currency, or null when the log has none. */
    public record Item(String productId, int quantity, Double price) {
    }

    /** The sum of price x quantity, or null when an item has no price. */
    public Double total() {
        double sum = 0;
        for (Item i : items) {
            if (i.price() == null) {
                return null;
            }
            sum += i.price() * i.quantity();
        }
        return sum;
    }
}
