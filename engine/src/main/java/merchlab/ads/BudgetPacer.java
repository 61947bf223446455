package merchlab.ads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paces each campaign's daily budget by throttling: a campaign bids only while its spend that UTC day is below the
 * share of its budget that the time of day allows, {@code budget x min(1, (time into the day + head start) / 24 h)},
 * so it spends evenly over the day instead of running dry in the morning.
 *
 * <p>A campaign that bids is charged per click, after the auction, at most its bid; since it bids only while under
 * its budget and holds at most one slot of a request, a day's spend never passes the budget by more than one click's
 * price. Requests are paced in the order they are seen; a pacer holds the spend of one simulation or replay and is
 * not thread-safe.
 */
public final class BudgetPacer {
    private static final long DAY = 86_400_000L;
    private final long headStartMillis;
    private final Map<String, long[]> spend = new HashMap<>();

    /**
     * @param headStart the share of the day a campaign may spend ahead of the even schedule (at midnight it may
     *                  already spend {@code headStart / 24 h} of its budget); zero to four hours
     */
    public BudgetPacer(Duration headStart) {
        if (headStart.isNegative() || headStart.compareTo(Duration.ofHours(4)) > 0) {
            throw new IllegalArgumentException("the head start must lie within 0-4 hours, got " + headStart);
        }
        this.headStartMillis = headStart.toMillis();
    }

    /** Even pacing with one hour's head start. */
    public static BudgetPacer evenly() {
        return new BudgetPacer(Duration.ofHours(1));
    }

    /** Whether a campaign may bid at a time (epoch milliseconds UTC). */
    public boolean mayBid(Campaign campaign, long timestamp) {
        long intoDay = Math.floorMod(timestamp, DAY);
        double share = Math.min(1.0, (double) (intoDay + headStartMillis) / DAY);
        long spent = spent(campaign.id(), timestamp);
        return spent < campaign.dailyBudgetCents() && spent < campaign.dailyBudgetCents() * share;
    }

    /** The campaigns that may bid at a time, in the order given. */
    public List<Campaign> active(Collection<Campaign> campaigns, long timestamp) {
        List<Campaign> out = new ArrayList<>();
        for (Campaign c : campaigns) {
            if (mayBid(c, timestamp)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Books a click's price on the campaign's spend of that day. */
    public void charge(String campaignId, long timestamp, long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("a click's price cannot be negative");
        }
        long day = Math.floorDiv(timestamp, DAY);
        long[] entry = spend.computeIfAbsent(campaignId, id -> new long[] {day, 0});
        if (entry[0] != day) {
            entry[0] = day;
            entry[1] = 0;
        }
        entry[1] += cents;
    }

    /** What a campaign spent on the UTC day of a time, in cents. */
    public long spent(String campaignId, long timestamp) {
        long[] entry = spend.get(campaignId);
        return entry == null || entry[0] != Math.floorDiv(timestamp, DAY) ? 0 : entry[1];
    }
}
