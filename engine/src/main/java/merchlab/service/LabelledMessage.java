package merchlab.service;

/**
 * A shopper's message with its true intent, and the entity it names when the file says so.
 *
 * @param entityType  for example {@code order_id}, or null
 * @param entityValue the entity as written, or null
 */
public record LabelledMessage(String text, String intent, String entityType, String entityValue) {
}
