package merchlab.behaviour;

/**
 * One engagement of a shopper with a product (click, view, add to cart or purchase) at a point in time.
 *
 * @param timestamp epoch milliseconds, UTC
 */
public record Interaction(String userId, String productId, long timestamp) {
    public Interaction {
        if (userId == null || productId == null) {
            throw new IllegalArgumentException("an interaction needs a shopper and a product");
        }
    }
}
