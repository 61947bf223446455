package merchlab.ads;

import java.util.List;

/**
 * What an auction decided for one request.
 *
 * @param request the request
 * @param awards  the filled sponsored slots, in slot order; fewer than the request's slots when too few ads competed
 * @param ranking every ad that competed, best first (at most one per campaign and one per product), the winners
 *                included
 */
public record AuctionResult(AdRequest request, List<SlotAward> awards, List<RankedAd> ranking) {
    public AuctionResult {
        awards = List.copyOf(awards);
        ranking = List.copyOf(ranking);
    }

    /** The award of a slot position, or null when that slot stayed empty. */
    public SlotAward award(int position) {
        for (SlotAward a : awards) {
            if (a.position() == position) {
                return a;
            }
        }
        return null;
    }
}
