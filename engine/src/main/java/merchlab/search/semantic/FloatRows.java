package merchlab.search.semantic;

/**
 * Full-precision product vectors by row, read during the rescoring pass of semantic search.
 */
public interface FloatRows extends AutoCloseable {
    int dimension();

    /** Dot product of row {@code row} with {@code query}. */
    float dot(int row, float[] query);

    /** A copy of row {@code row}. */
    float[] row(int row);

    /** Bytes of Java heap this storage uses per row (0 when it lives outside the heap). */
    long heapBytesPerRow();

    @Override
    void close();
}
