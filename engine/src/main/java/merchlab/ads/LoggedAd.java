package merchlab.ads;

/**
 * One sponsored impression as the behaviour log recorded it, with whether the shopper clicked it.
 *
 * @param requestId  the request it was shown in
 * @param timestamp  when, epoch milliseconds UTC
 * @param position   its position in the list
 * @param campaignId the campaign that paid for it
 * @param productId  the advertised product
 * @param bid        the campaign's bid as logged, or null when the log does not say
 * @param clicked    whether the shopper clicked it
 * @param pricePaid  what the click cost as logged, or null (not clicked, or not said)
 */
public record LoggedAd(String requestId, long timestamp, int position, String campaignId, String productId,
                       Double bid, boolean clicked, Double pricePaid) {
}
