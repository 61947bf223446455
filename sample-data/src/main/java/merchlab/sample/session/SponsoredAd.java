package merchlab.sample.session;

/**
 * What makes an impression or a click sponsored: the campaign that paid for the slot, its bid and the price of a
 * click (the generalised second price the ad policy's auction set), in the product currency's cents.
 */
public record SponsoredAd(String campaignId, String advertiser, long bidCents, long priceCents, int slot) {
}
