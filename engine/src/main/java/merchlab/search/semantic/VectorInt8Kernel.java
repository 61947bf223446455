package merchlab.search.semantic;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD {@link Int8Kernel}: eight int8 lanes widened to int and multiplied per step (AVX2 on x86), through the
 * incubating Vector API. Only loaded when the JVM has {@code jdk.incubator.vector}; see {@link Int8Kernel#best()}.
 */
final class VectorInt8Kernel implements Int8Kernel {
    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_64;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_256;

    @Override
    public void dots(byte[] codes, int dimension, byte[] query, int from, int to, int[] out) {
        int bound = BYTES.loopBound(dimension);
        int[] q = new int[dimension];
        for (int j = 0; j < dimension; j++) {
            q[j] = query[j];
        }
        for (int row = from; row < to; row++) {
            int base = row * dimension;
            IntVector acc0 = IntVector.zero(INTS);
            IntVector acc1 = IntVector.zero(INTS);
            int j = 0;
            for (; j + 8 < bound; j += 16) {
                IntVector a0 = (IntVector) ByteVector.fromArray(BYTES, codes, base + j)
                        .convertShape(VectorOperators.B2I, INTS, 0);
                IntVector a1 = (IntVector) ByteVector.fromArray(BYTES, codes, base + j + 8)
                        .convertShape(VectorOperators.B2I, INTS, 0);
                acc0 = acc0.add(a0.mul(IntVector.fromArray(INTS, q, j)));
                acc1 = acc1.add(a1.mul(IntVector.fromArray(INTS, q, j + 8)));
            }
            for (; j < bound; j += 8) {
                IntVector a = (IntVector) ByteVector.fromArray(BYTES, codes, base + j)
                        .convertShape(VectorOperators.B2I, INTS, 0);
                acc0 = acc0.add(a.mul(IntVector.fromArray(INTS, q, j)));
            }
            int s = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
            for (; j < dimension; j++) {
                s += codes[base + j] * query[j];
            }
            out[row - from] = s;
        }
    }

    @Override
    public String name() {
        return "vector-" + INTS.vectorBitSize();
    }
}
