package merchlab.ui.ads;

import java.util.Locale;
import merchlab.ads.Campaign;
import merchlab.csv.Decimals;

/**
 * A campaign as the what-if picker offers it.
 *
 * @param id         the campaign id
 * @param advertiser who pays for it
 * @param minBidCents its lowest bid, in cents
 * @param maxBidCents its highest bid, in cents
 * @param products   products it advertises
 */
public record CampaignChoice(String id, String advertiser, long minBidCents, long maxBidCents, int products) {

    static CampaignChoice of(Campaign c) {
        long min = c.bidCents().values().stream().mapToLong(Long::longValue).min().orElse(0);
        long max = c.bidCents().values().stream().mapToLong(Long::longValue).max().orElse(0);
        return new CampaignChoice(c.id(), c.advertiser(), min, max, c.bidCents().size());
    }

    /** "C0001 · Loomwell (bids 0.68–1.52)". */
    public String label() {
        String bids = minBidCents == maxBidCents ? Decimals.price(minBidCents)
                : Decimals.price(minBidCents) + "–" + Decimals.price(maxBidCents);
        return String.format(Locale.ROOT, "%s · %s (bids %s)", id, advertiser == null ? "?" : advertiser, bids);
    }

    @Override
    public String toString() {
        return label();
    }
}
