package merchlab.metric;

/** Mean binary cross-entropy of predicted probabilities, clipped to [1e-7, 1 - 1e-7]. */
public final class LogLoss {
    private static final double EPS = 1e-7;

    private LogLoss() {
    }

    public static double of(double[] probabilities, boolean[] labels) {
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = Math.min(1 - EPS, Math.max(EPS, probabilities[i]));
            sum -= labels[i] ? Math.log(p) : Math.log(1 - p);
        }
        return probabilities.length == 0 ? Double.NaN : sum / probabilities.length;
    }
}
