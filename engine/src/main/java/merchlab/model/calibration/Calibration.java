package merchlab.model.calibration;

import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.metric.CalibrationError;
import merchlab.metric.ClickMetrics;
import merchlab.metric.LogLoss;

/**
 * The choice of a calibrator for held-out predictions: Platt scaling and isotonic regression are each fitted on one
 * half of the predictions and scored by log loss on the other half, both ways round; the one with the lower mean
 * log loss is refitted on all of them. (Scoring each on the predictions it was fitted on would always pick isotonic
 * regression, which can follow every bump of a small sample.)
 *
 * @param calibrator     the chosen calibrator, fitted on every prediction
 * @param plattLogLoss   Platt scaling's held-out log loss
 * @param isotonicLogLoss isotonic regression's held-out log loss
 * @param eceBefore      expected calibration error of the predictions as they are
 * @param eceAfter       expected calibration error after the chosen calibrator (on the predictions it was fitted on)
 */
public record Calibration(Calibrator calibrator, double plattLogLoss, double isotonicLogLoss, double eceBefore,
                          double eceAfter) {
    /** Fewest predictions and clicks worth calibrating on; below them the predictions stay as they are. */
    public static final int MIN_PREDICTIONS = 200;
    public static final int MIN_CLICKS = 10;

    /** Fits both calibrators and keeps the better; {@link Calibrator#NONE} when there is too little to learn from. */
    public static Calibration fit(double[] predicted, boolean[] clicked) {
        double before = CalibrationError.expected(predicted, clicked, ClickMetrics.CALIBRATION_BUCKETS);
        int clicks = 0;
        for (boolean c : clicked) {
            clicks += c ? 1 : 0;
        }
        if (predicted.length < MIN_PREDICTIONS || clicks < MIN_CLICKS || clicks == predicted.length) {
            return new Calibration(Calibrator.NONE, Double.NaN, Double.NaN, before, before);
        }
        double platt = 0;
        double isotonic = 0;
        for (int fold = 0; fold < 2; fold++) {
            Half fit = Half.of(predicted, clicked, fold);
            Half held = Half.of(predicted, clicked, 1 - fold);
            platt += LogLoss.of(PlattScaling.fit(fit.p, fit.y).applyAll(held.p), held.y) / 2;
            isotonic += LogLoss.of(IsotonicRegression.fit(fit.p, fit.y).applyAll(held.p), held.y) / 2;
        }
        Calibrator chosen = platt <= isotonic ? PlattScaling.fit(predicted, clicked)
                : IsotonicRegression.fit(predicted, clicked);
        double after = CalibrationError.expected(chosen.applyAll(predicted), clicked, ClickMetrics.CALIBRATION_BUCKETS);
        return new Calibration(chosen, platt, isotonic, before, after);
    }

    /** The calibrator as stored with a model, with what the choice measured. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>(calibrator.asMap());
        if (!Double.isNaN(plattLogLoss)) {
            m.put("heldOutLogLoss", Map.of("platt", plattLogLoss, "isotonic", isotonicLogLoss));
        }
        return m;
    }

    /** A calibration stored by {@link #asMap}: its calibrator and held-out log losses (the ECEs are not kept). */
    public static Calibration fromMap(Map<String, ?> stored) {
        double platt = Double.NaN;
        double isotonic = Double.NaN;
        if (stored.get("heldOutLogLoss") instanceof Map<?, ?> losses) {
            platt = ((Number) losses.get("platt")).doubleValue();
            isotonic = ((Number) losses.get("isotonic")).doubleValue();
        }
        return new Calibration(Calibrator.fromMap(stored), platt, isotonic, Double.NaN, Double.NaN);
    }

    /** Every other prediction, starting at {@code first}. */
    private record Half(double[] p, boolean[] y) {
        static Half of(double[] predicted, boolean[] clicked, int first) {
            int n = (predicted.length - first + 1) / 2;
            double[] p = new double[n];
            boolean[] y = new boolean[n];
            for (int k = 0, i = first; i < predicted.length; k++, i += 2) {
                p[k] = predicted[i];
                y[k] = clicked[i];
            }
            return new Half(p, y);
        }
    }
}
