package merchlab.explain;

/**
 * A click model seen as a function of its feature rows: predicted CTR and its gradient with respect to every input
 * value, for many rows in one call. The ranker provides it; tests use closed-form functions.
 */
public interface Differentiable {
    /** Values in one feature row. */
    int width();

    /** CTR of each row of {@code rows} (row-major). */
    double[] predict(float[] rows);

    /** CTR of each row and d CTR / d input for every value, row-major like the input. */
    Values gradients(float[] rows);

    /** Outputs and gradients of one batched call. */
    record Values(double[] ctr, float[] gradient) {
    }
}
