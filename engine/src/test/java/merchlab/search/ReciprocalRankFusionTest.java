package merchlab.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reciprocal rank fusion on hand-computed lists. */
class ReciprocalRankFusionTest {
    @Test
    void sumsReciprocalRanksOverLists() {
        // k = 1: a = 1/2 + 1/3 = 0.8333, b = 1/3 + 1/2 = 0.8333, c = 1/4 = 0.25, d = 1/4 = 0.25
        List<ReciprocalRankFusion.Fused> fused = new ReciprocalRankFusion(1, 1, 1)
                .fuse(List.of(List.of("a", "b", "c"), List.of("b", "a", "d")));
        assertEquals(List.of("a", "b", "c", "d"), fused.stream().map(ReciprocalRankFusion.Fused::productId).toList());
        assertEquals(5.0 / 6, fused.get(0).score(), 1e-12);
        assertEquals(0.25, fused.get(3).score(), 1e-12);
    }

    @Test
    void aProductInBothListsBeatsOneTopOfOnlyOne() {
        // k = 60: x = 1/61 = 0.016393; y = 1/62 + 1/62 = 0.032258
        List<ReciprocalRankFusion.Fused> fused = new ReciprocalRankFusion(60, 1, 1)
                .fuse(List.of(List.of("x", "y"), List.of("z", "y")));
        assertEquals("y", fused.get(0).productId());
        assertEquals(2.0 / 62, fused.get(0).score(), 1e-12);
    }

    @Test
    void weightsScaleEachListsContribution() {
        // weights 2 and 1, k = 0: p = 2/1 = 2, q = 1/1 + 2/2 = 2, r = 1/2
        List<ReciprocalRankFusion.Fused> fused = new ReciprocalRankFusion(0, 2, 1)
                .fuse(List.of(List.of("p", "q"), List.of("q", "r")));
        assertEquals(2.0, fused.get(0).score(), 1e-12);
        assertEquals(2.0, fused.get(1).score(), 1e-12);
        assertEquals(0.5, fused.get(2).score(), 1e-12);
    }
}
