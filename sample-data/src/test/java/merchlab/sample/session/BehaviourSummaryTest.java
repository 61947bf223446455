package merchlab.sample.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BehaviourSummaryTest {
    @Test
    void aucOfAHandCountedExample() {
        // scores of clicks: 0.8, 0.4; of non-clicks: 0.6, 0.2, 0.4.
        // pairs (click beats non-click): 0.8 > all three = 3; 0.4 > 0.2 = 1, 0.4 ties 0.4 = 0.5 -> 4.5 of 6.
        BehaviourSummary s = new BehaviourSummary();
        s.impression(1, 0.8, true);
        s.impression(2, 0.4, true);
        s.impression(3, 0.6, false);
        s.impression(4, 0.2, false);
        s.impression(5, 0.4, false);
        assertEquals(4.5 / 6, s.oracleAuc(), 1e-12);
        assertEquals(0.4, s.clickThroughRate(), 1e-12);
        assertEquals(2.4 / 5, s.meanTrueClickProbability(), 1e-12);
        assertEquals(1.0, s.ctrByPosition(2)[0]);
    }

    @Test
    void aucIsUndefinedWithoutBothOutcomes() {
        BehaviourSummary s = new BehaviourSummary();
        s.impression(1, 0.3, false);
        assertTrue(Double.isNaN(s.oracleAuc()));
    }
}
