package merchlab.model.calibration;

import java.util.Map;
import merchlab.MerchLabException;

/**
 * A monotone map from a model's predicted click probability to a calibrated one, fitted on held-out predictions.
 * A sponsored-product auction multiplies the probability by a bid, so a model that is right about the order but wrong
 * about the level misprices advertisers; a calibrator fixes the level.
 */
public sealed interface Calibrator permits PlattScaling, IsotonicRegression, Calibrator.Identity {
    /** The calibrated probability of a predicted one. */
    double apply(double predicted);

    /** {@code platt}, {@code isotonic} or {@code none}. */
    String method();

    /** The fitted parameters, as stored with the model (JSON-friendly: numbers, strings and lists of numbers). */
    Map<String, Object> asMap();

    /** The calibrated probabilities of many predictions. */
    default double[] applyAll(double[] predicted) {
        double[] out = new double[predicted.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = apply(predicted[i]);
        }
        return out;
    }

    /** The predictions as they are: for a model stored without a calibrator. */
    Calibrator NONE = new Identity();

    /** A calibrator stored by {@link #asMap}; {@link #NONE} for null. */
    static Calibrator fromMap(Map<String, ?> stored) {
        if (stored == null) {
            return NONE;
        }
        Object method = stored.get("method");
        if ("platt".equals(method)) {
            return PlattScaling.fromMap(stored);
        }
        if ("isotonic".equals(method)) {
            return IsotonicRegression.fromMap(stored);
        }
        if ("none".equals(method)) {
            return NONE;
        }
        throw new MerchLabException("the model's calibrator '" + method + "' is not one this MerchLab knows: retrain it");
    }

    /** No calibration. */
    record Identity() implements Calibrator {
        @Override
        public double apply(double predicted) {
            return predicted;
        }

        @Override
        public String method() {
            return "none";
        }

        @Override
        public Map<String, Object> asMap() {
            return Map.of("method", "none");
        }
    }
}
