package merchlab.service;

/**
 * Something a shopper's message names: an order, a product, a size, a colour, a brand, a price or a date.
 *
 * @param type       {@code order_id}, {@code product}, {@code size}, {@code colour}, {@code brand}, {@code price}
 *                   or {@code date}
 * @param text       the words as written
 * @param start      where they start in the message (characters)
 * @param end        where they end
 * @param value      the value as the shop knows it: the order or product id, the catalog's size or colour, the price
 *                   range ({@code 20-50}, {@code -50}), the date ({@code 2026-03-05}, or the relative word)
 * @param confidence how sure the link is, from 0 to 1 (1 for an id found in the workspace)
 * @param known      whether the workspace holds it (an order or product found there)
 */
public record Entity(String type, String text, int start, int end, String value, double confidence, boolean known) {
}
