package merchlab.search.semantic;

/**
 * Computes integer dot products between one int8 query code and a run of int8 product codes.
 */
public interface Int8Kernel {
    /**
     * Writes {@code dot(codes[row], query)} for rows {@code from} (inclusive) to {@code to} (exclusive) into
     * {@code out[row - from]}; rows are {@code dimension} bytes long and stored one after another.
     */
    void dots(byte[] codes, int dimension, byte[] query, int from, int to, int[] out);

    /** A short name for reports, for example {@code vector-256} or {@code scalar}. */
    String name();

    /**
     * The fastest kernel this Java runtime offers: SIMD through the incubating Vector API when the JVM was started with
     * {@code --add-modules jdk.incubator.vector}, plain Java otherwise.
     */
    static Int8Kernel best() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                return (Int8Kernel) Class.forName("merchlab.search.semantic.VectorInt8Kernel")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return new ScalarInt8Kernel();
            }
        }
        return new ScalarInt8Kernel();
    }
}
