package merchlab.behaviour;

/**
 * One behaviour event: a shopper's search, an impression of a product at a position, a click, a cart or a purchase.
 *
 * @param timestamp  epoch milliseconds, UTC
 * @param requestId  groups the impressions of one result list (a search or recommendation request); may be null
 * @param trueCtr    generated data only: the true click probability of an impression; null otherwise
 * @param ad         the sponsored slot of an ad's impression or click; null for organic and other events
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
        Double trueCtr,
        Sponsorship ad) {

    /** An event that is not an ad's. */
    public Event(long timestamp, String userId, String sessionId, EventType type, String productId, String query,
                 Integer position, String device, Long dwellMs, Double price, Integer quantity, String requestId,
                 Double trueCtr) {
        this(timestamp, userId, sessionId, type, productId, query, position, device, dwellMs, price, quantity,
                requestId, trueCtr, null);
    }

    /** Whether the event is a sponsored product's impression or click. */
    public boolean sponsored() {
        return ad != null;
    }
}
