package merchlab.model.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Isotonic regression of clicks on the prediction: the non-decreasing step function closest to the observed clicks in
 * squared error, found by pooling adjacent violators (Zadrozny and Elkan 2002). Each pooled block is stored as the
 * lowest and highest prediction it covers with the block's click rate; between blocks the value is interpolated
 * linearly, and beyond the ends it is the end's value.
 *
 * @param x the block edges' predictions, non-decreasing
 * @param y the calibrated probability at each edge, non-decreasing
 */
public record IsotonicRegression(double[] x, double[] y) implements Calibrator {
    /** Fits the step function to the predictions and their clicks. */
    public static IsotonicRegression fit(double[] predicted, boolean[] clicked) {
        int n = predicted.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(predicted[i], predicted[j]));
        // blocks as a stack: click sum, weight, lowest and highest prediction
        double[] sum = new double[n];
        double[] weight = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        int top = -1;
        int k = 0;
        while (k < n) {
            // equal predictions must get one value: they form one block before violators are pooled
            double value = predicted[order[k]];
            double clicks = 0;
            int count = 0;
            for (; k < n && predicted[order[k]] == value; k++, count++) {
                clicks += clicked[order[k]] ? 1 : 0;
            }
            top++;
            sum[top] = clicks;
            weight[top] = count;
            low[top] = value;
            high[top] = value;
            while (top > 0 && sum[top - 1] / weight[top - 1] >= sum[top] / weight[top]) {
                sum[top - 1] += sum[top];
                weight[top - 1] += weight[top];
                high[top - 1] = high[top];
                top--;
            }
        }
        List<double[]> points = new ArrayList<>();
        for (int b = 0; b <= top; b++) {
            double rate = sum[b] / weight[b];
            points.add(new double[] {low[b], rate});
            if (high[b] > low[b]) {
                points.add(new double[] {high[b], rate});
            }
        }
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int e = 0; e < xs.length; e++) {
            xs[e] = points.get(e)[0];
            ys[e] = points.get(e)[1];
        }
        return new IsotonicRegression(xs, ys);
    }

    static IsotonicRegression fromMap(Map<String, ?> stored) {
        return new IsotonicRegression(numbers(stored.get("x")), numbers(stored.get("y")));
    }

    @Override
    public double apply(double predicted) {
        if (x.length == 0) {
            return predicted;
        }
        if (predicted <= x[0]) {
            return y[0];
        }
        if (predicted >= x[x.length - 1]) {
            return y[y.length - 1];
        }
        int k = Arrays.binarySearch(x, predicted);
        if (k >= 0) {
            return y[k];
        }
        int hi = -k - 1;
        int lo = hi - 1;
        double share = (predicted - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + share * (y[hi] - y[lo]);
    }

    @Override
    public String method() {
        return "isotonic";
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method());
        m.put("x", Arrays.stream(x).boxed().toList());
        m.put("y", Arrays.stream(y).boxed().toList());
        return m;
    }

    private static double[] numbers(Object list) {
        return ((List<?>) list).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IsotonicRegression r && Arrays.equals(x, r.x) && Arrays.equals(y, r.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "IsotonicRegression[" + x.length + " edges]";
    }
}
