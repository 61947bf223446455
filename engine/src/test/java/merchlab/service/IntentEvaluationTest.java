package merchlab.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntentEvaluationTest {
    private static final List<String> INTENTS = List.of("a", "b", "c");

    @Test
    void scoresAHandComputedExample() {
        // truth a a b c; predicted a b b b with confidences 0.9 0.6 0.8 0.4
        List<double[]> p = List.of(new double[] {0.9, 0.05, 0.05}, new double[] {0.3, 0.6, 0.1},
                new double[] {0.1, 0.8, 0.1}, new double[] {0.3, 0.4, 0.3});
        IntentReport r = IntentEvaluation.score("m", "intent", INTENTS, p, List.of("a", "a", "b", "c"), 0.5);
        assertEquals(0.5, r.accuracy(), 1e-12);
        // F1: a = 2*1*0.5/1.5 = 2/3; b = precision 1/3, recall 1 -> 0.5; c = 0
        assertEquals((2.0 / 3 + 0.5 + 0) / 3, r.macroF1(), 1e-12);
        assertEquals(0.25, r.handoffRate(), 1e-12);
        assertArrayEquals(new int[] {1, 1, 0}, r.confusion()[0]);
        assertArrayEquals(new int[] {0, 0, 0}, new int[] {r.confusion()[2][0], r.confusion()[2][2], 0});
        assertEquals(1, r.confusion()[2][1]);
        // ECE over 15 buckets: each message alone in its bucket: |0.9-1| + |0.6-0| + |0.8-1| + |0.4-0|, over 4
        assertEquals((0.1 + 0.6 + 0.2 + 0.4) / 4, r.ece(), 1e-12);
    }

    @Test
    void coverageCurveKeepsTheConfidentMessages() {
        List<IntentReport.CoveragePoint> curve = IntentEvaluation.coverage(new double[] {0.9, 0.6, 0.8, 0.4},
                new boolean[] {true, false, true, false});
        IntentReport.CoveragePoint at0 = curve.get(0);
        assertEquals(1.0, at0.coverage(), 1e-12);
        assertEquals(0.5, at0.accuracy(), 1e-12);
        IntentReport.CoveragePoint at70 = curve.get(14);
        assertEquals(0.70, at70.threshold(), 1e-12);
        assertEquals(0.5, at70.coverage(), 1e-12);
        assertEquals(1.0, at70.accuracy(), 1e-12);
    }

    @Test
    void thresholdIsTheLowestThatReachesTheTargetButNeverBelowAnEvenChance() {
        double[] confidence = {0.95, 0.9, 0.7, 0.65, 0.3};
        boolean[] right = {true, true, false, true, false};
        assertEquals(0.71, IntentEvaluation.threshold(confidence, right, 0.99), 1e-9);
        assertEquals(IntentEvaluation.MIN_THRESHOLD, IntentEvaluation.threshold(confidence, right, 0.5), 1e-9);
    }
}
