package merchlab.search.semantic;

/**
 * {@link FloatRows} in one row-major float array on the Java heap.
 */
public final class HeapFloatRows implements FloatRows {
    private final float[] matrix;
    private final int dimension;

    public HeapFloatRows(float[] matrix, int dimension) {
        this.matrix = matrix;
        this.dimension = dimension;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float dot(int row, float[] query) {
        int base = row * dimension;
        float s = 0;
        for (int j = 0; j < dimension; j++) {
            s += matrix[base + j] * query[j];
        }
        return s;
    }

    @Override
    public float[] row(int row) {
        float[] v = new float[dimension];
        System.arraycopy(matrix, row * dimension, v, 0, dimension);
        return v;
    }

    @Override
    public long heapBytesPerRow() {
        return 4L * dimension;
    }

    @Override
    public void close() {
        // garbage collected
    }
}
