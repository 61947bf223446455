package merchlab.model.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NegativeSamplerTest {
    /** Row 0 is no product; rows 1-3 were trained on 0, 15 and 255 times. */
    private final NegativeSampler sampler = new NegativeSampler(new int[] {0, 0, 15, 255});

    @Test
    void drawsProductsInProportionToTheirCountToTheThreeQuarters() {
        int[] drawn = new int[4];
        for (long row : sampler.sample(new Random(7), 120_000)) {
            drawn[(int) row]++;
        }
        assertEquals(0, drawn[0], "row 0 is never drawn");
        // weights (count + 1)^0.75: 1, 8, 64 of 73
        assertEquals(1.0 / 73, drawn[1] / 120_000.0, 0.002);
        assertEquals(8.0 / 73, drawn[2] / 120_000.0, 0.004);
        assertEquals(64.0 / 73, drawn[3] / 120_000.0, 0.004);
    }

    @Test
    void givesTheLogProbabilityOfEachDraw() {
        float[] logQ = sampler.logProbabilities(new long[] {1, 3, 2});
        assertEquals(Math.log(1.0 / 73), logQ[0], 1e-6);
        assertEquals(Math.log(64.0 / 73), logQ[1], 1e-6);
        assertEquals(Math.log(8.0 / 73), logQ[2], 1e-6);
        double total = Math.exp(logQ[0]) + Math.exp(logQ[1]) + Math.exp(logQ[2]);
        assertTrue(Math.abs(total - 1) < 1e-6, "the probabilities of all products sum to one");
    }
}
