package merchlab.metric;

import java.util.LinkedHashMap;
import java.util.Map;

/** The click-prediction metrics of one set of predictions: {@code auc}, {@code logloss}, {@code ece}. */
public final class ClickMetrics {
    /** Buckets used for the expected calibration error. */
    public static final int CALIBRATION_BUCKETS = 10;

    private ClickMetrics() {
    }

    public static Map<String, Double> of(double[] predicted, boolean[] clicked) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("auc", Auc.of(predicted, clicked));
        out.put("logloss", LogLoss.of(predicted, clicked));
        out.put("ece", CalibrationError.expected(predicted, clicked, CALIBRATION_BUCKETS));
        return out;
    }
}
