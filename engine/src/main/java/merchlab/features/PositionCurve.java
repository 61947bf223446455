package merchlab.features;

/**
 * The click rate at each shown position over all products, fitted on the training logs; used to count how many clicks
 * a product should have got where it was shown (Zhang and Jones, "Clicks over expected clicks", 2007).
 */
public final class PositionCurve {
    /** Positions beyond this share its rate. */
    public static final int MAX_POSITION = 50;

    private final float[] rate;
    private final float overall;

    public PositionCurve(float[] rate, float overall) {
        this.rate = rate.clone();
        this.overall = overall;
    }

    /** Fits the curve from impressions per position and clicks per position (index 0 = unknown position). */
    public static PositionCurve fit(long[] impressions, long[] clicks) {
        long allImpressions = 0;
        long allClicks = 0;
        for (int k = 0; k <= MAX_POSITION; k++) {
            allImpressions += impressions[k];
            allClicks += clicks[k];
        }
        float overall = allImpressions == 0 ? 0.05f : (float) ((allClicks + 1.0) / (allImpressions + 20.0));
        float[] rate = new float[MAX_POSITION + 1];
        rate[0] = overall;
        float previous = overall;
        for (int k = 1; k <= MAX_POSITION; k++) {
            // smoothed towards the rate of the position above, so sparse deep positions stay sensible
            double prior = k == 1 ? overall : previous;
            rate[k] = (float) ((clicks[k] + 10 * prior) / (impressions[k] + 10.0));
            previous = rate[k];
        }
        return new PositionCurve(rate, overall);
    }

    /** Expected click rate of an average product shown at {@code position} (0 = unknown). */
    public float rate(int position) {
        return rate[Math.max(0, Math.min(MAX_POSITION, position))];
    }

    public float overall() {
        return overall;
    }

    float[] rates() {
        return rate.clone();
    }
}
