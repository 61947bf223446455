package merchlab.ads;

import java.util.Locale;
import merchlab.csv.Decimals;

/**
 * One sponsored slot's outcome: the winning ad, what a click on it costs and the ad that set that price.
 *
 * @param position   the slot's 1-based position in the final list
 * @param winner     the ad shown
 * @param priceCents what the advertiser pays per click, never above the bid and never below the reserve
 * @param runnerUp   the next ad in the ranking, whose eCPM set the price; null when there was none (the price is then
 *                   the reserve)
 */
public record SlotAward(int position, RankedAd winner, long priceCents, RankedAd runnerUp) {

    /** One sentence that says why this ad has this slot and what it pays. */
    public String explanation() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "slot %d: %s of campaign %s, pCTR %.2f%% x bid %s = eCPM %.2f",
                position, winner.productId(), winner.campaignId(), 100 * winner.click().probability(),
                Decimals.price(winner.bidCents()), winner.ecpmPerThousand()));
        if (winner.relevance() != 1.0) {
            sb.append(String.format(Locale.ROOT, " (relevance %.2f)", winner.relevance()));
        }
        if (runnerUp == null) {
            sb.append("; no other ad: a click costs the reserve, ").append(Decimals.price(priceCents));
        } else {
            sb.append(String.format(Locale.ROOT, "; runner-up %s of campaign %s at eCPM %.2f: a click costs %s",
                    runnerUp.productId(), runnerUp.campaignId(), runnerUp.ecpmPerThousand(), Decimals.price(priceCents)));
        }
        return sb.toString();
    }

}
