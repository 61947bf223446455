package merchlab.model.intent;

/**
 * Temperature scaling: one number that divides a classifier's logits so that its confidence matches how often it is
 * right, fitted on held-out messages by minimising the negative log-likelihood (Guo, Pleiss, Sun and Weinberger,
 * "On Calibration of Modern Neural Networks", ICML 2017).
 */
public final class Temperature {
    private Temperature() {
    }

    /** The temperature in [0.05, 20] that minimises the mean negative log-likelihood of {@code labels}; 1 without data. */
    public static double fit(float[][] logits, int[] labels) {
        if (logits.length == 0) {
            return 1;
        }
        double lo = Math.log(0.05);
        double hi = Math.log(20);
        double phi = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 60; it++) {
            double a = hi - phi * (hi - lo);
            double b = lo + phi * (hi - lo);
            if (nll(logits, labels, Math.exp(a)) <= nll(logits, labels, Math.exp(b))) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** Mean negative log-likelihood of the labels under softmax(logits / t). */
    static double nll(float[][] logits, int[] labels, double t) {
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            sum -= Math.log(Math.max(1e-12, softmax(logits[i], t)[labels[i]]));
        }
        return sum / logits.length;
    }

    /** softmax(logits / t), computed stably. */
    public static double[] softmax(float[] logits, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l / t);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            p[c] = Math.exp(logits[c] / t - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
