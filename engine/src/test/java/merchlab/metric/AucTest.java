package merchlab.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AucTest {
    @Test
    void perfectSeparationIsOne() {
        assertEquals(1.0, Auc.of(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {false, false, true, true}), 1e-12);
    }

    @Test
    void countsPairsByHand() {
        // positives 0.8, 0.3; negatives 0.5, 0.1: pairs won = (0.8>0.5, 0.8>0.1, 0.3>0.1) = 3 of 4
        assertEquals(0.75, Auc.of(new double[] {0.8, 0.5, 0.3, 0.1}, new boolean[] {true, false, true, false}), 1e-12);
    }

    @Test
    void tiesCountHalf() {
        assertEquals(0.5, Auc.of(new double[] {0.4, 0.4}, new boolean[] {true, false}), 1e-12);
    }

    @Test
    void oneClassIsUndefined() {
        assertTrue(Double.isNaN(Auc.of(new double[] {0.4, 0.6}, new boolean[] {true, true})));
    }
}
