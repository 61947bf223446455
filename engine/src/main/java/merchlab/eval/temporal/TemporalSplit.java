package merchlab.eval.temporal;

import merchlab.MerchLabException;
import merchlab.features.ShopData;
import merchlab.model.DataWindow;

/**
 * A cut-off in time: training uses the events before it, the test the events from it on. By default the cut-off
 * sits at 80% of the logs' time span, moved back to midnight (UTC) when that keeps a day on each side.
 *
 * @param from   time of the first event
 * @param cutoff first moment of the test period
 * @param to     time of the last event
 */
public record TemporalSplit(long from, long cutoff, long to) {
    public static final double DEFAULT_TEST_SHARE = 0.2;
    private static final long DAY = 86_400_000L;

    /** The default split of a workspace's logs. */
    public static TemporalSplit of(ShopData data) {
        return of(data, DEFAULT_TEST_SHARE);
    }

    public static TemporalSplit of(ShopData data, double testShare) {
        long[] span = data.behaviour().span().orElseThrow(
                () -> new MerchLabException("the workspace has no behaviour events: import event logs first"));
        return of(span[0], span[1], testShare);
    }

    public static TemporalSplit of(long first, long last, double testShare) {
        if (testShare <= 0 || testShare >= 1) {
            throw new MerchLabException("the test share must be between 0 and 1, not " + testShare);
        }
        if (last <= first) {
            throw new MerchLabException("the logs cover a single moment: a temporal split needs a time span");
        }
        long cut = first + (long) ((last - first) * (1 - testShare));
        long midnight = Math.floorDiv(cut, DAY) * DAY;
        if (midnight - first >= DAY && last - midnight >= DAY) {
            cut = midnight;
        }
        return new TemporalSplit(first, cut, last);
    }

    /** The events before the cut-off. */
    public DataWindow trainingWindow() {
        return new DataWindow(Long.MIN_VALUE, cutoff);
    }

    /** The validation period: the last share of the training period, split as the whole log is. */
    public DataWindow validationWindow() {
        return new DataWindow(of(from, cutoff, DEFAULT_TEST_SHARE).cutoff(), cutoff);
    }

    /** The events from the cut-off on. */
    public DataWindow testWindow() {
        return new DataWindow(cutoff, Long.MAX_VALUE);
    }
}
