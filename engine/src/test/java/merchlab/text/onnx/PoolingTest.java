package merchlab.text.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Mean and first-token pooling on a hand-made hidden state, then L2 normalisation. */
class PoolingTest {
    // batch 2, length 3, dimension 2; row 1's last token is padding
    private static final float[] HIDDEN = {
        3, 0, 0, 4, 3, 8,
        1, 1, 3, 3, 100, -100};
    private static final long[] MASK = {1, 1, 1, 1, 1, 0};

    @Test
    void meanPoolingAveragesRealTokensOnlyAndNormalises() {
        // row 0: mean (2, 4) -> / sqrt(20); row 1: mean of (1,1),(3,3) = (2,2) -> (0.7071, 0.7071)
        assertArrayEquals(new float[] {(float) (2 / Math.sqrt(20)), (float) (4 / Math.sqrt(20))},
                Pooling.MEAN.pool(HIDDEN, MASK, 0, 3, 2), 1e-6f);
        assertArrayEquals(new float[] {(float) Math.sqrt(0.5), (float) Math.sqrt(0.5)},
                Pooling.MEAN.pool(HIDDEN, MASK, 1, 3, 2), 1e-6f);
    }

    @Test
    void clsPoolingTakesTheFirstTokenAndNormalises() {
        assertArrayEquals(new float[] {1, 0}, Pooling.CLS.pool(HIDDEN, MASK, 0, 3, 2), 1e-6f);
        assertArrayEquals(new float[] {(float) Math.sqrt(0.5), (float) Math.sqrt(0.5)},
                Pooling.CLS.pool(HIDDEN, MASK, 1, 3, 2), 1e-6f);
    }

    @Test
    void anAllZeroStateStaysZero() {
        assertArrayEquals(new float[] {0, 0}, Pooling.MEAN.pool(new float[6], MASK, 0, 3, 2), 0f);
    }
}
