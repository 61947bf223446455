package merchlab.search.semantic;

/**
 * The portable {@link Int8Kernel}: a plain loop with four accumulators.
 */
public final class ScalarInt8Kernel implements Int8Kernel {
    @Override
    public void dots(byte[] codes, int dimension, byte[] query, int from, int to, int[] out) {
        int tail = dimension & ~3;
        for (int row = from; row < to; row++) {
            int base = row * dimension;
            int s0 = 0;
            int s1 = 0;
            int s2 = 0;
            int s3 = 0;
            int j = 0;
            for (; j < tail; j += 4) {
                s0 += codes[base + j] * query[j];
                s1 += codes[base + j + 1] * query[j + 1];
                s2 += codes[base + j + 2] * query[j + 2];
                s3 += codes[base + j + 3] * query[j + 3];
            }
            for (; j < dimension; j++) {
                s0 += codes[base + j] * query[j];
            }
            out[row - from] = s0 + s1 + s2 + s3;
        }
    }

    @Override
    public String name() {
        return "scalar";
    }
}
