package merchlab.eval.judged;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Judged list measures on a hand-computed list. */
class JudgedMetricsTest {
    @Test
    void precisionCountsExactAndSubstituteAndUnjudgedCountsTheRest() {
        Map<String, Double> gains = Map.of("e", 1.0, "s", 0.1, "c", 0.01, "i", 0.0);
        // list e, c, u (unjudged), s: relevant e and s -> 2/4; one of four unjudged
        // DCG = 1 + 0.01/log2(3) + 0 + 0.1/log2(5); IDCG = 1 + 0.1/log2(3) + 0.01/log2(4)
        double dcg = 1 + 0.01 / log2(3) + 0.1 / log2(5);
        double idcg = 1 + 0.1 / log2(3) + 0.01 / 2;
        assertArrayEquals(new double[] {dcg / idcg, 0.5, 0.25},
                JudgedMetrics.of(List.of("e", "c", "u", "s"), gains, 4), 1e-12);
    }

    @Test
    void anEmptyListScoresNothingAndHidesNothing() {
        assertArrayEquals(new double[] {0, 0, 0}, JudgedMetrics.of(List.of(), Map.of("e", 1.0), 10), 1e-12);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
