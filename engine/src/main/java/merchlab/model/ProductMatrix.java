package merchlab.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * A matrix of product vectors, one row per product, held on the CPU for scoring blocks of shoppers with one matrix
 * product each (PyTorch through DJL) instead of one dot product per product per shopper. Not thread-safe; close it
 * after the job.
 */
public final class ProductMatrix implements AutoCloseable {
    private final NDManager manager;
    private final NDArray transposed;
    private final int rows;
    private final int width;

    /** @param matrix {@code rows x width} numbers, row after row */
    public ProductMatrix(float[] matrix, int rows, int width) {
        if (matrix.length != rows * width) {
            throw new IllegalArgumentException("a product matrix of " + rows + " x " + width + " needs "
                    + rows * width + " numbers, not " + matrix.length);
        }
        this.manager = NDManager.newBaseManager(Device.cpu());
        this.transposed = manager.create(matrix, new Shape(rows, width)).transpose();
        this.rows = rows;
        this.width = width;
    }

    /** Number of products. */
    public int rows() {
        return rows;
    }

    /** {@code count} shopper vectors (row after row in {@code block}) times every product: {@code count x rows}. */
    public float[] times(float[] block, int count) {
        if (block.length != count * width) {
            throw new IllegalArgumentException(count + " shopper vectors of " + width + " need " + count * width
                    + " numbers, not " + block.length);
        }
        if (count == 0 || rows == 0) {
            return new float[count * rows];
        }
        try (NDManager step = manager.newSubManager()) {
            return step.create(block, new Shape(count, width)).matMul(transposed).toFloatArray();
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
