package merchlab.behaviour;

/**
 * What makes an impression or a click sponsored: the campaign whose ad it was, the campaign's bid and, on a click,
 * the price the advertiser paid, in the product's currency.
 *
 * @param campaignId the campaign, as imported with the campaigns
 * @param bid        the bid per click, or null when the log does not say
 * @param pricePaid  what the click cost, or null (impressions, logs that do not say)
 */
public record Sponsorship(String campaignId, Double bid, Double pricePaid) {
}
