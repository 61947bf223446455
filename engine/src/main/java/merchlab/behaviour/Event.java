package merchlab.behaviour;

/**
 * One behaviour event: a shopper's search, an impression of a product at a position, a click, a cart or a purchase.
 *
 * @param timestamp  epoch milliseconds, UTC
 * @param requestId  groups the impressions of one result list (a search or recommendation request); may be null
 * @param trueCtr    generated data only: the true click probability of an impression; null otherwise
 */
public record Event(
        long timestamp,
        String userId,
        String sessionId,
        EventType type,
        String productId,
        String query,
        Integer position,
        String device,
        Long dwellMs,
        Double price,
        Integer quantity,
        String requestId,
        Double trueCtr) {
}
