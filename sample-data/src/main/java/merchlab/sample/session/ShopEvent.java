package merchlab.sample.session;

import merchlab.behaviour.EventType;
import merchlab.sample.click.ClickDrivers;
import merchlab.sample.shopper.Device;

/**
 * One generated behaviour event with its ground truth; writers turn it into a row of each output format.
 *
 * @param sequence        generation order, the tie-breaker for equal timestamps
 * @param product         product index, -1 for none
 * @param query           the request's query text, null for none
 * @param position        1-based position in the result list, 0 for none
 * @param dwellMillis     time on the product page, -1 for none
 * @param priceCents      price in the product's currency, -1 for none
 * @param quantity        units, 0 for none
 * @param request         request number, -1 for none
 * @param search          whether the request was a search (false: recommendation)
 * @param trueProbability the impression's true click probability, NaN for other events
 * @param drivers         the impression's planted drivers, null for other events
 * @param ad              the sponsored slot of an impression or a click of an ad, null for organic ones and others
 */
public record ShopEvent(long timestamp, long sequence, EventType type, int user, long session, int product,
                        String query, int position, Device device, long dwellMillis, int priceCents, int quantity,
                        long request, boolean search, double trueProbability, ClickDrivers drivers, SponsoredAd ad) {

    /** The session id written in files, for example {@code S00000042}. */
    public static String sessionId(long session) {
        return pad('S', session, 8);
    }

    /** The request id written in files, for example {@code R00000042}. */
    public static String requestId(long request) {
        return pad('R', request, 8);
    }

    private static String pad(char prefix, long n, int width) {
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder(width + 1).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }
}
