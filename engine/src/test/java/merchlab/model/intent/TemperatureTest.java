package merchlab.model.intent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TemperatureTest {
    @Test
    void softmaxOfHandComputedLogits() {
        double e = Math.exp(1);
        assertArrayEquals(new double[] {e / (e + 1), 1 / (e + 1)}, Temperature.softmax(new float[] {2, 0}, 2), 1e-12);
    }

    @Test
    void overconfidentScoresGetATemperatureAboveOne() {
        // right 3 times out of 4 with a margin of 6 (softmax 0.9975): the best temperature makes it about 0.75
        float[][] logits = {{6, 0}, {6, 0}, {6, 0}, {6, 0}};
        int[] labels = {0, 0, 0, 1};
        double t = Temperature.fit(logits, labels);
        assertEquals(0.75, Temperature.softmax(logits[0], t)[0], 1e-4);
        assertTrue(Temperature.nll(logits, labels, t) < Temperature.nll(logits, labels, 1));
    }
}
