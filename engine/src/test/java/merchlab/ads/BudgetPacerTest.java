package merchlab.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetPacerTest {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final Campaign CAMPAIGN = new Campaign("C1", "Northwind", 2_400, Targeting.everywhere(),
            Map.of("P1", 30L));

    @Test
    void spendsEvenlyOverTheDayWhenEveryRequestCouldSpend() {
        BudgetPacer pacer = new BudgetPacer(Duration.ofHours(1));
        long start = 10 * DAY;
        for (long t = start; t < start + DAY; t += 60_000) {
            if (pacer.mayBid(CAMPAIGN, t)) {
                pacer.charge(CAMPAIGN.id(), t, 30);
            }
            long hours = (t - start) / HOUR;
            long allowed = 100 * (hours + 2);
            assertTrue(pacer.spent("C1", t) <= Math.min(2_400, allowed) + 30, "at hour " + hours + ": "
                    + pacer.spent("C1", t));
            if (hours >= 1) {
                assertTrue(pacer.spent("C1", t) >= 100 * hours, "at hour " + hours + " behind: " + pacer.spent("C1", t));
            }
        }
        assertEquals(2_400, pacer.spent("C1", start + DAY - 1), 30);
    }

    @Test
    void stopsAtTheBudgetAndStartsAgainTheNextDay() {
        BudgetPacer pacer = new BudgetPacer(Duration.ZERO);
        long late = 5 * DAY + 23 * HOUR + 59 * 60_000;
        pacer.charge("C1", late, 2_390);
        assertTrue(pacer.mayBid(CAMPAIGN, late));
        pacer.charge("C1", late, 30);
        assertFalse(pacer.mayBid(CAMPAIGN, late), "2,420 of 2,400 spent");
        assertEquals(0, pacer.spent("C1", late + 2 * 60_000));
        assertFalse(pacer.mayBid(CAMPAIGN, 6 * DAY), "nothing is allowed at midnight without a head start");
        assertTrue(pacer.mayBid(CAMPAIGN, 6 * DAY + 60_000));
    }

    @Test
    void refusesAHeadStartBeyondFourHours() {
        assertThrows(IllegalArgumentException.class, () -> new BudgetPacer(Duration.ofHours(5)));
    }
}
