package merchlab.eval.ads;

/**
 * What one way of running the auction earned and showed over the replayed requests. Clicks are expected clicks: the
 * sum of the shown ads' click probabilities in their slots (see {@link AdOutcomes}), so two replays differ only by
 * their decisions, never by chance.
 *
 * @param pctr            the predicted CTR's source: {@code ranker}, {@code popularity}, {@code oracle}, {@code bid-only}
 * @param calibration     the calibrator applied to it: {@code platt}, {@code isotonic} or {@code none}
 * @param reserve         the reserve price, in the shop's currency
 * @param relevanceWeight how much relevance scaled the rank score, 0-1
 * @param requests        requests replayed
 * @param adsShown        sponsored slots filled
 * @param clicks          expected clicks on them
 * @param revenue         what the advertisers paid for those clicks, in the shop's currency
 * @param adCtr           clicks per ad shown
 * @param costPerClick    revenue per click
 * @param returnOnSpend   the sales that follow the clicks (the product's price times its logged purchases per click)
 *                        per unit paid
 * @param judgedShare     share of the ads shown on searches whose relevance to the query is judged
 * @param meanGain        mean judged gain of those ads
 * @param irrelevantShare share of searches with a judged ad that showed an ad judged less than relevant (below
 *                        {@link merchlab.eval.judged.JudgedMetrics#RELEVANT_GAIN}: a complement or irrelevant)
 * @param campaigns       each campaign's part, most spent first
 */
public record ReplayResult(String pctr, String calibration, double reserve, double relevanceWeight, int requests,
                           long adsShown, double clicks, double revenue, double adCtr, double costPerClick,
                           double returnOnSpend, double judgedShare, double meanGain, double irrelevantShare,
                           java.util.List<CampaignResult> campaigns) {
}
