package merchlab.sample.session;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.behaviour.EventType;

/**
 * Running totals of generated behaviour: events per type, click-through by position, the mean true click
 * probability, and the oracle AUC (true probability as the score of each impression's sampled click).
 *
 * <p>The AUC is computed from a 100,000-bin histogram of probabilities, exact to about 1e-5.
 */
public final class BehaviourSummary implements EventSink {
    private static final int BINS = 100_000;
    private static final int POSITIONS = 20;
    private final Map<EventType, Long> byType = new EnumMap<>(EventType.class);
    private final long[] clickedBins = new long[BINS + 1];
    private final long[] unclickedBins = new long[BINS + 1];
    private final long[] shownAt = new long[POSITIONS + 1];
    private final long[] clickedAt = new long[POSITIONS + 1];
    private final double[] probabilityAt = new double[POSITIONS + 1];
    private long impressions;
    private long clicks;
    private double probabilitySum;
    private long sessions;
    private long requests;

    /** Records one impression's true probability and whether the shopper clicked it. */
    public void impression(int position, double probability, boolean clicked) {
        int bin = (int) Math.round(probability * BINS);
        impressions++;
        probabilitySum += probability;
        int at = Math.min(position, POSITIONS);
        shownAt[at]++;
        probabilityAt[at] += probability;
        if (clicked) {
            clicks++;
            clickedBins[bin]++;
            clickedAt[at]++;
        } else {
            unclickedBins[bin]++;
        }
    }

    public void session() {
        sessions++;
    }

    public void request() {
        requests++;
    }

    @Override
    public void accept(ShopEvent event) {
        byType.merge(event.type(), 1L, Long::sum);
    }

    @Override
    public void close() {
    }

    public long events() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Events per type code, in type order, including types with no events. */
    public Map<String, Long> eventsByType() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            counts.put(type.code(), byType.getOrDefault(type, 0L));
        }
        return counts;
    }

    public long impressions() {
        return impressions;
    }

    public long clicks() {
        return clicks;
    }

    public long sessions() {
        return sessions;
    }

    public long requests() {
        return requests;
    }

    public double meanTrueClickProbability() {
        return impressions == 0 ? 0 : probabilitySum / impressions;
    }

    public double clickThroughRate() {
        return impressions == 0 ? 0 : (double) clicks / impressions;
    }

    /** Click-through rate at positions 1..n (the last bucket holds position n and beyond). */
    public double[] ctrByPosition(int n) {
        double[] ctr = new double[n];
        for (int p = 1; p <= n; p++) {
            ctr[p - 1] = shownAt[p] == 0 ? 0 : (double) clickedAt[p] / shownAt[p];
        }
        return ctr;
    }

    public double[] meanProbabilityByPosition(int n) {
        double[] mean = new double[n];
        for (int p = 1; p <= n; p++) {
            mean[p - 1] = shownAt[p] == 0 ? 0 : probabilityAt[p] / shownAt[p];
        }
        return mean;
    }

    /** AUC of the true click probability against the sampled clicks; NaN without both clicks and non-clicks. */
    public double oracleAuc() {
        long positives = clicks;
        long negatives = impressions - clicks;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double concordant = 0;
        long negativesBelow = 0;
        for (int b = 0; b <= BINS; b++) {
            concordant += clickedBins[b] * (negativesBelow + 0.5 * unclickedBins[b]);
            negativesBelow += unclickedBins[b];
        }
        return concordant / ((double) positives * negatives);
    }
}
