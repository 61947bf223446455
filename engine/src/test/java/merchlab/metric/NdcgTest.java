package merchlab.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NDCG@k on hand-computed lists. */
class NdcgTest {
    @Test
    void perfectOrderScoresOne() {
        assertEquals(1.0, new Ndcg(10).of(List.of("a", "b"), Map.of("a", 1.0, "b", 0.1)), 1e-12);
    }

    @Test
    void swappedOrderMatchesTheHandComputedValue() {
        // DCG = 0.1/log2(2) + 1/log2(3) = 0.1 + 0.63093 = 0.73093; IDCG = 1 + 0.1/log2(3) = 1.063093
        double expected = (0.1 + 1 / (Math.log(3) / Math.log(2))) / (1 + 0.1 / (Math.log(3) / Math.log(2)));
        assertEquals(expected, new Ndcg(10).of(List.of("b", "a"), Map.of("a", 1.0, "b", 0.1)), 1e-12);
        assertEquals(0.68755, expected, 1e-5);
    }

    @Test
    void cutOffIgnoresLaterRanksAndUnjudgedProductsGainNothing() {
        // k = 1: only rank 1 counts; "x" is unjudged
        assertEquals(0.0, new Ndcg(1).of(List.of("x", "a"), Map.of("a", 1.0)), 1e-12);
        assertEquals(0.0, new Ndcg(10).of(List.of("a"), Map.of()), 1e-12);
    }
}
