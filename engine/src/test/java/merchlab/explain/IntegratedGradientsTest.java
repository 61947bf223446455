package merchlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Integrated Gradients on closed-form functions: exact answers, completeness, one batched call, more steps when needed. */
class IntegratedGradientsTest {
    /** f(x) = sigmoid(w . x) with a call counter. */
    static final class Logistic implements Differentiable {
        final double[] w;
        int calls;
        int rowsSeen;

        Logistic(double... w) {
            this.w = w;
        }

        @Override
        public int width() {
            return w.length;
        }

        @Override
        public double[] predict(float[] rows) {
            double[] out = new double[rows.length / w.length];
            for (int i = 0; i < out.length; i++) {
                double z = 0;
                for (int j = 0; j < w.length; j++) {
                    z += w[j] * rows[i * w.length + j];
                }
                out[i] = 1 / (1 + Math.exp(-z));
            }
            return out;
        }

        @Override
        public Values gradients(float[] rows) {
            calls++;
            rowsSeen += rows.length / w.length;
            double[] p = predict(rows);
            float[] g = new float[rows.length];
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < w.length; j++) {
                    g[i * w.length + j] = (float) (p[i] * (1 - p[i]) * w[j]);
                }
            }
            return new Values(p, g);
        }
    }

    @Test
    void linearFunctionGetsExactlyWeightTimesChange() {
        Differentiable linear = new Differentiable() {
            @Override
            public int width() {
                return 3;
            }

            @Override
            public double[] predict(float[] rows) {
                double[] out = new double[rows.length / 3];
                for (int i = 0; i < out.length; i++) {
                    out[i] = 2 * rows[3 * i] - rows[3 * i + 1] + 0.5 * rows[3 * i + 2];
                }
                return out;
            }

            @Override
            public Values gradients(float[] rows) {
                float[] g = new float[rows.length];
                for (int i = 0; i < rows.length / 3; i++) {
                    g[3 * i] = 2;
                    g[3 * i + 1] = -1;
                    g[3 * i + 2] = 0.5f;
                }
                return new Values(predict(rows), g);
            }
        };
        IntegratedGradients ig = new IntegratedGradients(linear, new int[] {0, 1}, new int[] {1, 2}, new int[] {4}, 0.01);
        IntegratedGradients.Attribution a = ig.attribute(new float[] {3, 1, 2}, new float[] {1, 0, 0}).get(0);
        assertEquals(4.0, a.inputs()[0], 1e-6);
        assertEquals(-1 + 1.0, a.inputs()[1], 1e-6);
        assertEquals(0, a.completenessError(), 1e-6);
    }

    @Test
    void attributionsOfASigmoidAddUpToTheScoreChangeWithinOnePercent() {
        Logistic f = new Logistic(3, -2, 1.5, 0.7);
        IntegratedGradients ig = new IntegratedGradients(f, new int[] {0, 1, 2, 3}, new int[] {1, 1, 1, 1},
                IntegratedGradients.STEP_LADDER, 0.01);
        float[] rows = {1, -1, 0.5f, 2, -1, 0.3f, 0, 1, 0.2f, 0.2f, 0.2f, 0.2f};
        List<IntegratedGradients.Attribution> out = ig.attribute(rows, new float[4]);
        assertEquals(3, out.size());
        for (int i = 0; i < 3; i++) {
            IntegratedGradients.Attribution a = out.get(i);
            assertTrue(a.completenessError() <= 0.01, "error " + a.completenessError());
            assertEquals(a.score() - a.baselineScore(), a.total(), 0.01 * Math.abs(a.score() - a.baselineScore()));
            assertEquals(f.predict(java.util.Arrays.copyOfRange(rows, 4 * i, 4 * i + 4))[0], a.score(), 1e-9);
        }
        assertEquals(0.5, out.get(0).baselineScore(), 1e-9);
        assertTrue(out.get(0).inputs()[0] > 0 && out.get(0).inputs()[1] > 0, "both pushed the score up");
        assertEquals(1, f.calls, "the whole list in one batched call");
        assertEquals(3 * 16 + 3 + 1, f.rowsSeen);
    }

    @Test
    void aSteepFunctionGetsMoreStepsOnlyWhereCompletenessFails() {
        Logistic f = new Logistic(400, 1);
        IntegratedGradients ig = new IntegratedGradients(f, new int[] {0, 1}, new int[] {1, 1}, new int[] {2, 4, 8, 64},
                0.01);
        List<IntegratedGradients.Attribution> out = ig.attribute(new float[] {0.05f, 0, 0.001f, 0.001f}, new float[2]);
        assertTrue(out.get(0).steps() > 2, "the steep row needed more steps");
        assertTrue(out.get(0).completenessError() <= 0.01, "error " + out.get(0).completenessError());
        assertEquals(2, out.get(1).steps(), "the gentle row was done after the first call");
        int levels = java.util.Arrays.binarySearch(new int[] {2, 4, 8, 64}, out.get(0).steps()) + 1;
        assertEquals(levels, f.calls, "one batched call per level of the ladder");
    }

    @Test
    void aSingleRowStartsFurtherUpTheLadderInOneCall() {
        Logistic f = new Logistic(400, 1);
        IntegratedGradients ig = new IntegratedGradients(f, new int[] {0, 1}, new int[] {1, 1}, new int[] {2, 4, 8, 64},
                0.01, 10);
        IntegratedGradients.Attribution one = ig.attribute(new float[] {0.001f, 0.001f}, new float[2]).get(0);
        assertEquals(8, one.steps(), "8 path rows fit in a small batch of 10, 64 do not");
        assertEquals(1, f.calls);
        assertEquals(8 + 1 + 1, f.rowsSeen);
        ig.attribute(new float[] {0.001f, 0.001f, 0.001f, 0.001f, 0.001f, 0.001f}, new float[2]);
        assertEquals(3 * 2 + 3 + 1, f.rowsSeen - 10, "three rows start at the first rule");
    }
}
