package merchlab.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClickMetricsTest {
    @Test
    void logLossByHand() {
        double expected = -(Math.log(0.8) + Math.log(1 - 0.4)) / 2;
        assertEquals(expected, LogLoss.of(new double[] {0.8, 0.4}, new boolean[] {true, false}), 1e-12);
    }

    @Test
    void calibrationErrorByHand() {
        // bucket [0.1,0.2): predictions 0.1, 0.1, observed 1 of 2 -> |0.1-0.5| = 0.4, weight 2/4
        // bucket [0.9,1.0]: predictions 0.9, 0.9, observed 2 of 2 -> |0.9-1.0| = 0.1, weight 2/4
        double ece = CalibrationError.expected(new double[] {0.1, 0.1, 0.9, 0.9},
                new boolean[] {true, false, true, true}, 10);
        assertEquals(0.5 * 0.4 + 0.5 * 0.1, ece, 1e-12);
    }

    @Test
    void perfectlyCalibratedIsZero() {
        double ece = CalibrationError.expected(new double[] {0.5, 0.5}, new boolean[] {true, false}, 10);
        assertEquals(0.0, ece, 1e-12);
    }
}
