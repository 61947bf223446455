package merchlab.ui.ads;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import merchlab.ads.Campaign;
import merchlab.ads.RankedAd;
import merchlab.ads.SlotAward;
import merchlab.csv.Decimals;
import merchlab.shop.AdAuctions;

/** A visit's auction as the Ads table lists it: a row per competing ad, and the line over the table. */
final class AuctionRows {
    private AuctionRows() {
    }

    /** The table's rows of a decision: the winners in slot order, then the others by rank. */
    static List<AuctionRow> of(AdAuctions.Decision d, ToIntFunction<String> index,
                                 IntFunction<String> title) {
        List<AuctionRow> out = new ArrayList<>();
        Set<String> winners = new HashSet<>();
        for (SlotAward a : d.result().awards()) {
            winners.add(a.winner().productId());
            out.add(row(d, a.winner(), a.position(), a.priceCents(), a.explanation(), index, title));
        }
        List<RankedAd> ranking = d.result().ranking();
        for (int i = 0; i < ranking.size(); i++) {
            RankedAd r = ranking.get(i);
            if (!winners.contains(r.productId())) {
                out.add(row(d, r, 0, -1, lost(d, r, i + 1), index, title));
            }
        }
        return out;
    }

    private static AuctionRow row(AdAuctions.Decision d, RankedAd r, int slot, long price, String reason,
                                  ToIntFunction<String> index,
                                  IntFunction<String> title) {
        int p = index.applyAsInt(r.productId());
        Campaign c = r.ad().campaign();
        return new AuctionRow(r.productId(), p < 0 ? r.productId() : title.apply(p), r.campaignId(), c.advertiser(),
                r.bidCents(), r.click().probability(), d.raw().getOrDefault(r.productId(), Double.NaN), r.relevance(),
                r.ecpmPerThousand(), slot, price, reason);
    }

    /** Why an ad won no slot: it set a winner's price, or it ranked below the slots. */
    private static String lost(AdAuctions.Decision d, RankedAd r, int rank) {
        for (SlotAward a : d.result().awards()) {
            if (a.runnerUp() != null && a.runnerUp().productId().equals(r.productId())) {
                return String.format(Locale.ROOT, "lost: runner-up of slot %d at eCPM %.2f, it set the price "
                        + "of %s there, %s a click", a.position(), r.ecpmPerThousand(), a.winner().productId(),
                        Decimals.price(a.priceCents()));
            }
        }
        int slots = d.request().slots().size();
        int filled = d.result().awards().size();
        if (filled < slots) {
            return String.format(Locale.ROOT, "lost: ranked %d of %d at eCPM %.2f, but only %d of the %d slots "
                    + "fit this list", rank, d.result().ranking().size(), r.ecpmPerThousand(), filled, slots);
        }
        return String.format(Locale.ROOT, "lost: ranked %d of %d at eCPM %.2f, below the %d slots' winners",
                rank, d.result().ranking().size(), r.ecpmPerThousand(), slots);
    }

    /**
     * The line over the table: "Search \"spf\" by an anonymous visitor · ranker-… (pCTR calibrated: platt) · 5 ads
     * competed for slots 1, 4".
     */
    static String headline(AdAuctions.Decision d) {
        String visit = d.request().isSearch() ? "Search \"" + d.request().query() + "\""
                : "Recommendations for " + d.request().shopperId();
        String who = d.request().isSearch() ? (d.request().shopperId() == null ? " by an anonymous visitor"
                : " by " + d.request().shopperId()) : "";
        return String.format(Locale.ROOT, "%s%s · %s (pCTR calibrated: %s) · %d ads competed for slots %s", visit,
                who, d.model(), d.calibration().method(), d.result().ranking().size(),
                String.join(", ", d.request().slots().stream().map(String::valueOf).toList()));
    }
}
