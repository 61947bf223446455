package merchlab.browse;

/**
 * A behaviour event as the event table shows it; nullable fields are {@code null} when the log had no value.
 *
 * @param timestamp epoch milliseconds, UTC
 */
public record EventRow(long id, long timestamp, String shopperId, String sessionId, String type, String productId,
                       String query, Integer position, String device, Long dwellMs, Double price, Integer quantity) {
}
