package merchlab.eval.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The paired randomisation test and bootstrap interval on hand-computed cases. */
class PairedComparisonTest {
    @Test
    void exactPValueOfThreeUnitsMatchesTheEnumeration() {
        // differences 1, 2, 3: of the 8 sign flips only +1+2+3 and -1-2-3 reach |mean| >= 2, so p = 2/8
        PairedComparison c = PairedComparison.of(new double[] {1, 2, 3}, new double[] {0, 0, 0});
        assertEquals(2.0, c.delta(), 1e-12);
        assertEquals(0.25, c.pValue(), 1e-12);
        assertEquals(3, c.units());
    }

    @Test
    void exactPValueCountsFlipsOnBothSides() {
        // differences 1, -1, 2 (mean 2/3): sums of the 8 flips are 2, -2, 4, 0, 0, -4, 2, -2; six reach |sum| >= 2
        PairedComparison c = PairedComparison.of(new double[] {1, 0, 2}, new double[] {0, 1, 0});
        assertEquals(0.75, c.pValue(), 1e-12);
    }

    @Test
    void identicalModelsGivePOneAndAnIntervalAroundZero() {
        double[] scores = new Random(3).doubles(500).toArray();
        PairedComparison c = PairedComparison.of(scores, scores.clone());
        assertEquals(1.0, c.pValue(), 1e-12);
        assertEquals(0.0, c.delta(), 1e-12);
        assertTrue(c.ciLow() <= 0 && c.ciHigh() >= 0);
    }

    @Test
    void aConstantDifferenceHasAPointInterval() {
        double[] a = {0.5, 1.5, 2.5, 3.5};
        double[] b = {0, 1, 2, 3};
        PairedComparison c = PairedComparison.of(a, b);
        assertEquals(0.5, c.ciLow(), 1e-12);
        assertEquals(0.5, c.ciHigh(), 1e-12);
        // all four differences positive: only the all-plus and all-minus flips reach the mean, p = 2/16
        assertEquals(0.125, c.pValue(), 1e-12);
    }

    @Test
    void aClearShiftOnManyUnitsIsSignificantAndItsIntervalExcludesZero() {
        Random r = new Random(7);
        double[] b = new double[400];
        double[] a = new double[400];
        for (int i = 0; i < b.length; i++) {
            b[i] = r.nextDouble();
            a[i] = b[i] + 0.05 + 0.1 * r.nextGaussian();
        }
        PairedComparison c = PairedComparison.of(a, b);
        assertTrue(c.pValue() < 0.001, "p " + c.pValue());
        assertTrue(c.ciLow() > 0 && c.ciHigh() > c.ciLow());
        assertTrue(c.significant(0.05));
    }

    @Test
    void noRealDifferenceOnManyUnitsIsNotSignificant() {
        Random r = new Random(11);
        double[] a = new double[300];
        double[] b = new double[300];
        for (int i = 0; i < a.length; i++) {
            double base = r.nextDouble();
            a[i] = base + 0.1 * r.nextGaussian();
            b[i] = base + 0.1 * r.nextGaussian();
        }
        PairedComparison c = PairedComparison.of(a, b);
        assertTrue(c.pValue() > 0.05, "p " + c.pValue());
        assertTrue(c.ciLow() < 0 && c.ciHigh() > 0);
    }

    @Test
    void theSameInputsAlwaysGiveTheSameResult() {
        Random r = new Random(5);
        double[] a = r.doubles(50).toArray();
        double[] b = r.doubles(50).toArray();
        assertEquals(PairedComparison.of(a, b), PairedComparison.of(a, b));
    }
}
