package merchlab.model.calibration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Platt scaling on the logit of the prediction: {@code sigmoid(a * logit(p) + b)}, fitted by Newton's method on the
 * log loss with Platt's smoothed targets ({@code (positives + 1) / (positives + 2)} and {@code 1 / (negatives + 2)}),
 * which keeps a small sample from pushing the probabilities to 0 or 1 (Platt 1999; Lin, Lin and Weng 2007).
 *
 * @param a the slope on the prediction's logit (1 when the model's spread is right)
 * @param b the shift of the logit (0 when the model's level is right)
 */
public record PlattScaling(double a, double b) implements Calibrator {
    private static final double EPS = 1e-7;

    /** Fits {@code a} and {@code b} to the predictions and their clicks. */
    public static PlattScaling fit(double[] predicted, boolean[] clicked) {
        int n = predicted.length;
        long positives = 0;
        for (boolean c : clicked) {
            positives += c ? 1 : 0;
        }
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (n - positives + 2.0);
        double[] x = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = logit(predicted[i]);
            t[i] = clicked[i] ? hi : lo;
        }
        double a = 1;
        double b = 0;
        double loss = loss(x, t, a, b);
        for (int iteration = 0; iteration < 100; iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-12;
            double hab = 0;
            double hbb = 1e-12;
            for (int i = 0; i < n; i++) {
                double p = sigmoid(a * x[i] + b);
                double d = p - t[i];
                double w = p * (1 - p);
                ga += d * x[i];
                gb += d;
                haa += w * x[i] * x[i];
                hab += w * x[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-18) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double step = 1;
            double next = loss(x, t, a - da, b - db);
            while (next > loss && step > 1e-6) {
                step /= 2;
                next = loss(x, t, a - step * da, b - step * db);
            }
            if (next > loss) {
                break;
            }
            a -= step * da;
            b -= step * db;
            boolean done = loss - next < 1e-12;
            loss = next;
            if (done) {
                break;
            }
        }
        return new PlattScaling(a, b);
    }

    static PlattScaling fromMap(Map<String, ?> stored) {
        return new PlattScaling(((Number) stored.get("a")).doubleValue(), ((Number) stored.get("b")).doubleValue());
    }

    @Override
    public double apply(double predicted) {
        return sigmoid(a * logit(predicted) + b);
    }

    @Override
    public String method() {
        return "platt";
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method());
        m.put("a", a);
        m.put("b", b);
        return m;
    }

    private static double loss(double[] x, double[] t, double a, double b) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double p = Math.min(1 - EPS, Math.max(EPS, sigmoid(a * x[i] + b)));
            sum -= t[i] * Math.log(p) + (1 - t[i]) * Math.log(1 - p);
        }
        return sum;
    }

    static double logit(double p) {
        double q = Math.min(1 - EPS, Math.max(EPS, p));
        return Math.log(q / (1 - q));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
