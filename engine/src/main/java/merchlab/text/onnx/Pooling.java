package merchlab.text.onnx;

import merchlab.text.Vectors;

/**
 * How a sentence vector is made from the encoder's last hidden state: the mean of the real tokens, or the first ([CLS]) token.
 */
public enum Pooling {
    /** Average of the hidden states of tokens whose attention mask is 1 (sentence-transformers MiniLM). */
    MEAN,
    /** Hidden state of the first token (BGE). */
    CLS;

    /**
     * Pools row {@code row} of a {@code [batch, length, dimension]} hidden-state tensor given flat, and L2-normalises.
     *
     * @param hidden the last hidden state, row-major
     * @param mask   the attention mask, {@code [batch, length]} row-major
     */
    public float[] pool(float[] hidden, long[] mask, int row, int length, int dimension) {
        float[] v = new float[dimension];
        int base = row * length * dimension;
        if (this == CLS) {
            System.arraycopy(hidden, base, v, 0, dimension);
        } else {
            int count = 0;
            for (int t = 0; t < length; t++) {
                if (mask[row * length + t] == 0) {
                    continue;
                }
                count++;
                int off = base + t * dimension;
                for (int j = 0; j < dimension; j++) {
                    v[j] += hidden[off + j];
                }
            }
            if (count > 0) {
                float inv = 1f / count;
                for (int j = 0; j < dimension; j++) {
                    v[j] *= inv;
                }
            }
        }
        return Vectors.normalise(v);
    }
}
