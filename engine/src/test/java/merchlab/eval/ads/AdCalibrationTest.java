package merchlab.eval.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import merchlab.model.calibration.Calibrator;
import org.junit.jupiter.api.Test;

class AdCalibrationTest {
    @Test
    void eachSlotWithEnoughAdsGetsItsOwnCalibratorTheOthersShareOne() {
        // slot 1 is predicted twice too high, slot 4 right; slot 7 has too few ads for a calibrator of its own
        Random r = new Random(3);
        int n = 30_000;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        int[] slots = new int[n];
        for (int i = 0; i < n; i++) {
            double truth = 0.02 + 0.1 * r.nextDouble();
            slots[i] = i < 100 ? 7 : i % 2 == 0 ? 1 : 4;
            p[i] = slots[i] == 1 ? 2 * truth : truth;
            y[i] = r.nextDouble() < truth;
        }
        AdCalibration c = AdCalibration.fit(p, y, slots);
        assertEquals(java.util.Set.of(1, 4), c.bySlot().keySet());
        assertEquals(0.05, c.forSlot(1).apply(0.10), 0.006, "slot 1 halves");
        assertEquals(0.05, c.forSlot(4).apply(0.05), 0.006, "slot 4 stays");
        assertSame(c.overall().calibrator(), c.forSlot(7));
        assertTrue(c.method().startsWith("1 "), c.method());
        assertSame(Calibrator.NONE, AdCalibration.none().forSlot(1));
        assertEquals("none", AdCalibration.none().method());
    }

    @Test
    void storedWithAModelAndReadBackItCalibratesAlike() throws Exception {
        Random r = new Random(7);
        int n = 6_000;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        int[] slots = new int[n];
        for (int i = 0; i < n; i++) {
            double truth = 0.02 + 0.1 * r.nextDouble();
            slots[i] = i % 3 == 0 ? 1 : 4;
            p[i] = slots[i] == 1 ? 3 * truth : truth / 2;
            y[i] = r.nextDouble() < truth;
        }
        AdCalibration fitted = AdCalibration.fit(p, y, slots);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> stored = json.readValue(json.writeValueAsString(fitted.asMap()),
                java.util.Map.class);
        AdCalibration read = AdCalibration.fromMap(stored);
        assertEquals(fitted.method(), read.method());
        for (int slot : new int[] {1, 4, 2}) {
            for (double q : new double[] {0.01, 0.05, 0.2}) {
                assertEquals(fitted.forSlot(slot).apply(q), read.forSlot(slot).apply(q), 1e-12, slot + " " + q);
            }
        }
    }

    @Test
    void slotsMispricedAlikeShareTheOverallCalibrator() {
        // every slot predicted twice too high: a calibrator per slot would only fit each slot's noise
        Random r = new Random(5);
        int n = 20_000;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        int[] slots = new int[n];
        for (int i = 0; i < n; i++) {
            double truth = 0.02 + 0.1 * r.nextDouble();
            slots[i] = i % 2 == 0 ? 1 : 4;
            p[i] = 2 * truth;
            y[i] = r.nextDouble() < truth;
        }
        AdCalibration c = AdCalibration.fit(p, y, slots);
        assertTrue(c.bySlot().isEmpty(), c.method());
        assertEquals(0.05, c.forSlot(1).apply(0.10), 0.006);
    }
}
