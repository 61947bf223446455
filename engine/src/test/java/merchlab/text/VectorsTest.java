package merchlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorsTest {
    @Test
    void dotProductsOfSlicesMatchTheTextbookSumForEveryLength() {
        Random random = new Random(3);
        float[] a = new float[40];
        float[] b = new float[40];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) random.nextGaussian();
            b[i] = (float) random.nextGaussian();
        }
        for (int n = 0; n <= 11; n++) {
            double expected = 0;
            for (int i = 0; i < n; i++) {
                expected += a[5 + i] * b[17 + i];
            }
            assertEquals(expected, Vectors.dot(a, 5, b, 17, n), 1e-5, "length " + n);
        }
        assertEquals(1f, Vectors.dot(Vectors.normalise(new float[] {3, 4}), Vectors.normalise(new float[] {6, 8})),
                1e-6);
        assertThrows(IllegalArgumentException.class, () -> Vectors.dot(new float[2], new float[3]));
    }
}
