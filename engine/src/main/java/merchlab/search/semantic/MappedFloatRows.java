package merchlab.search.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link FloatRows} in a memory-mapped temporary file, outside the Java heap: the operating system pages in the few
 * rows a rescoring pass reads. Written once, row by row, then only read.
 */
public final class MappedFloatRows implements FloatRows {
    private static final long SEGMENT_BYTES = 1L << 30;

    private final Path file;
    private final FileChannel channel;
    private final int dimension;
    private final int rowsPerSegment;
    private final List<FloatBuffer> segments = new ArrayList<>();
    private int size;

    /** Creates an empty store in a new temporary file, deleted on {@link #close()}. */
    public MappedFloatRows(int dimension) {
        this.dimension = dimension;
        this.rowsPerSegment = (int) (SEGMENT_BYTES / (4L * dimension));
        try {
            file = Files.createTempFile("merchlab-vectors", ".f32");
            file.toFile().deleteOnExit();
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the vector file", e);
        }
    }

    /** Appends a row. */
    public void add(float[] v) {
        int segment = size / rowsPerSegment;
        if (segment == segments.size()) {
            try {
                MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE,
                        segment * (long) rowsPerSegment * 4L * dimension, (long) rowsPerSegment * 4L * dimension);
                segments.add(buffer.order(ByteOrder.nativeOrder()).asFloatBuffer());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot grow the vector file", e);
            }
        }
        segments.get(segment).put((size % rowsPerSegment) * dimension, v, 0, dimension);
        size++;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float dot(int row, float[] query) {
        FloatBuffer b = segments.get(row / rowsPerSegment);
        int base = (row % rowsPerSegment) * dimension;
        float s = 0;
        for (int j = 0; j < dimension; j++) {
            s += b.get(base + j) * query[j];
        }
        return s;
    }

    @Override
    public float[] row(int row) {
        float[] v = new float[dimension];
        segments.get(row / rowsPerSegment).get((row % rowsPerSegment) * dimension, v, 0, dimension);
        return v;
    }

    @Override
    public long heapBytesPerRow() {
        return 0;
    }

    @Override
    public void close() {
        segments.clear();
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; deleteOnExit tries again
        }
    }
}
