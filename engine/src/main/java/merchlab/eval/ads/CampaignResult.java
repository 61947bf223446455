package merchlab.eval.ads;

/**
 * One campaign's part of a replay.
 *
 * @param campaignId the campaign
 * @param advertiser who pays for it
 * @param adsShown   sponsored slots it won
 * @param clicks     expected clicks on them
 * @param spend      what it paid, in the shop's currency
 * @param sales      the sales its clicks bring (see {@link ReplayResult#returnOnSpend})
 */
public record CampaignResult(String campaignId, String advertiser, long adsShown, double clicks, double spend,
                             double sales) {
    /** Sales per unit spent; NaN when it spent nothing. */
    public double returnOnSpend() {
        return spend == 0 ? Double.NaN : sales / spend;
    }
}
