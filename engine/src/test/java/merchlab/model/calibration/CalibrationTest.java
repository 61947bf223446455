package merchlab.model.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import merchlab.MerchLabException;
import merchlab.metric.CalibrationError;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    /** Predictions a model made of true probabilities, and clicks drawn from the true ones. */
    private record Sample(double[] truth, double[] predicted, boolean[] clicked) {
        static Sample of(int n, long seed, DoubleUnaryOperator model) {
            Random r = new Random(seed);
            double[] truth = new double[n];
            double[] predicted = new double[n];
            boolean[] clicked = new boolean[n];
            for (int i = 0; i < n; i++) {
                truth[i] = 0.01 + 0.4 * r.nextDouble() * r.nextDouble();
                predicted[i] = model.applyAsDouble(truth[i]);
                clicked[i] = r.nextDouble() < truth[i];
            }
            return new Sample(truth, predicted, clicked);
        }
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void plattScalingUndoesALogisticDistortion() {
        // the model is overconfident: twice the true logit, shifted up by one
        Sample s = Sample.of(40_000, 1, p -> sigmoid(2 * PlattScaling.logit(p) + 1));
        PlattScaling platt = PlattScaling.fit(s.predicted(), s.clicked());
        assertEquals(0.5, platt.a(), 0.05, "slope");
        assertEquals(-0.5, platt.b(), 0.12, "shift");
        for (double p : new double[] {0.02, 0.1, 0.3}) {
            double predicted = sigmoid(2 * PlattScaling.logit(p) + 1);
            assertEquals(p, platt.apply(predicted), 0.1 * p + 0.005, "true " + p);
        }
    }

    @Test
    void isotonicRegressionIsMonotoneAndFollowsAStepTheLogisticCannot() {
        Sample s = Sample.of(40_000, 2, p -> p < 0.1 ? 0.05 : 0.5);
        IsotonicRegression iso = IsotonicRegression.fit(s.predicted(), s.clicked());
        double last = -1;
        for (double p = 0; p <= 1; p += 0.01) {
            double v = iso.apply(p);
            assertTrue(v >= last - 1e-12, "non-decreasing at " + p);
            last = v;
        }
        double low = mean(s, t -> t < 0.1);
        double high = mean(s, t -> t >= 0.1);
        assertEquals(low, iso.apply(0.05), 0.004);
        assertEquals(high, iso.apply(0.5), 0.004);
    }

    private static double mean(Sample s, java.util.function.DoublePredicate which) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < s.truth().length; i++) {
            if (which.test(s.truth()[i])) {
                sum += s.clicked()[i] ? 1 : 0;
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void theChoiceKeepsTheBetterOnHeldOutLogLossAndLowersTheCalibrationError() {
        Sample logistic = Sample.of(40_000, 3, p -> sigmoid(1.6 * PlattScaling.logit(p) - 0.8));
        Calibration a = Calibration.fit(logistic.predicted(), logistic.clicked());
        assertTrue(a.eceAfter() < a.eceBefore() / 3, a.toString());
        assertTrue(a.eceAfter() < 0.01, a.toString());

        // a kink no logistic curve follows: right below 0.15, flat above it
        Sample step = Sample.of(40_000, 4, p -> p < 0.15 ? p : 0.15 + 0.05 * (p - 0.15));
        Calibration b = Calibration.fit(step.predicted(), step.clicked());
        assertInstanceOf(IsotonicRegression.class, b.calibrator(), b.toString());
        assertTrue(b.isotonicLogLoss() < b.plattLogLoss(), b.toString());
        assertTrue(b.eceAfter() < b.eceBefore(), b.toString());
        double after = CalibrationError.expected(b.calibrator().applyAll(step.predicted()), step.clicked(), 10);
        assertEquals(b.eceAfter(), after, 1e-12);
    }

    @Test
    void tooFewPredictionsOrClicksLeaveThePredictionsAsTheyAre() {
        Sample few = Sample.of(100, 5, p -> p);
        assertSame(Calibrator.NONE, Calibration.fit(few.predicted(), few.clicked()).calibrator());
        double[] p = new double[1000];
        java.util.Arrays.fill(p, 0.2);
        assertSame(Calibrator.NONE, Calibration.fit(p, new boolean[1000]).calibrator(), "no clicks");
        assertEquals(0.2, Calibration.fit(p, new boolean[1000]).calibrator().apply(0.2));
    }

    @Test
    void storedCalibratorsReadBackTheSame() {
        Sample s = Sample.of(5_000, 6, p -> Math.sqrt(p));
        for (Calibrator c : new Calibrator[] {PlattScaling.fit(s.predicted(), s.clicked()),
                IsotonicRegression.fit(s.predicted(), s.clicked()), Calibrator.NONE}) {
            Calibrator back = Calibrator.fromMap(c.asMap());
            assertEquals(c, back);
            for (double p = 0.005; p < 1; p += 0.05) {
                assertEquals(c.apply(p), back.apply(p), 0);
            }
        }
        assertSame(Calibrator.NONE, Calibrator.fromMap(null));
        assertThrows(MerchLabException.class, () -> Calibrator.fromMap(Map.of("method", "beta")));
    }
}
