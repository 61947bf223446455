package merchlab.ui;

/**
 * A product another section asked to open in the Explain section, with the shopper it is about.
 *
 * @param shopper the shopper whose history counts, or null for an anonymous visitor
 */
public record ProductLink(String productId, String shopper) {
}
