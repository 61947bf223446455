package merchlab.ads;

/**
 * An eligible ad as the auction ranked it.
 *
 * @param ad        the campaign's bid on a product
 * @param click     its predicted click, with attributions
 * @param relevance its relevance to the request, within [0, 1] (1 when the rules blend in none)
 * @param ecpm      its rank score in cents per impression: pCTR x bid, scaled by relevance when the rules say so
 *                  (per mille it is 1,000 times this)
 */
public record RankedAd(AdCandidate ad, PredictedClick click, double relevance, double ecpm) {

    /** The product the ad advertises. */
    public String productId() {
        return ad.productId();
    }

    /** The campaign behind the ad. */
    public String campaignId() {
        return ad.campaignId();
    }

    /** The rank score as shown to people: the shop's currency per thousand views (eCPM). */
    public double ecpmPerThousand() {
        return ecpm * 10;
    }

    /** The bid in cents. */
    public long bidCents() {
        return ad.bidCents();
    }
}
