package merchlab.features;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Labelled feature rows built from the logs: one per shown (or sampled) product, oldest first.
 *
 * <p>The single-value features are stored per row; the three embeddings are stored once per query, product and
 * shopper-profile snapshot and copied into a row by {@link #row}, so a million examples stay small.
 */
public final class TrainingExamples {
    private final FeatureSchema schema;
    private final CatalogVectors vectors;
    private final int scalars;
    private int size;
    private float[] values = new float[0];
    private int[] product = new int[0];
    private int[] query = new int[0];
    private int[] snapshot = new int[0];
    private int[] request = new int[0];
    private int[] user = new int[0];
    private long[] ts = new long[0];
    private float[] label = new float[0];
    private float[] trueCtr = new float[0];
    private final float[][] queryVectors;
    private float[] snapshots = new float[0];
    private int snapshotCount;

    TrainingExamples(FeatureSchema schema, CatalogVectors vectors, float[][] queryVectors) {
        this.schema = schema;
        this.vectors = vectors;
        this.scalars = FeatureNames.SCALAR_COUNT;
        this.queryVectors = queryVectors;
    }

    /** Stores a shopper-profile embedding and returns its number. */
    int addSnapshot(float[] vector) {
        int d = vectors.dimension();
        if ((snapshotCount + 1) * d > snapshots.length) {
            snapshots = Arrays.copyOf(snapshots, Math.max(d * 64, snapshots.length * 2));
        }
        System.arraycopy(vector, 0, snapshots, snapshotCount * d, d);
        return snapshotCount++;
    }

    /** Appends an example whose single-value features are in {@code row[0..scalars)}. */
    void add(float[] row, int productIndex, int queryRow, int snapshotRow, int requestId, int userId, long time,
             boolean clicked, float trueClickProbability) {
        if (size == product.length) {
            int n = Math.max(1024, size * 2);
            values = Arrays.copyOf(values, n * scalars);
            product = Arrays.copyOf(product, n);
            query = Arrays.copyOf(query, n);
            snapshot = Arrays.copyOf(snapshot, n);
            request = Arrays.copyOf(request, n);
            user = Arrays.copyOf(user, n);
            ts = Arrays.copyOf(ts, n);
            label = Arrays.copyOf(label, n);
            trueCtr = Arrays.copyOf(trueCtr, n);
        }
        System.arraycopy(row, 0, values, size * scalars, scalars);
        product[size] = productIndex;
        query[size] = queryRow;
        snapshot[size] = snapshotRow;
        request[size] = requestId;
        user[size] = userId;
        ts[size] = time;
        label[size] = clicked ? 1f : 0f;
        trueCtr[size] = trueClickProbability;
        size++;
    }

    public FeatureSchema schema() {
        return schema;
    }

    public int size() {
        return size;
    }

    /** The embedding of query number {@code q} of the log. */
    float[] queryVector(int q) {
        return queryVectors[q];
    }

    /** Writes the full feature row of example {@code i} (values and embeddings) into {@code out} at {@code offset}. */
    public void row(int i, float[] out, int offset) {
        System.arraycopy(values, i * scalars, out, offset, scalars);
        int d = vectors.dimension();
        int q = offset + scalars;
        if (query[i] < 0) {
            Arrays.fill(out, q, q + d, 0f);
        } else {
            System.arraycopy(queryVectors[query[i]], 0, out, q, d);
        }
        vectors.copy(product[i], out, q + d);
        if (snapshot[i] < 0) {
            Arrays.fill(out, q + 2 * d, q + 3 * d, 0f);
        } else {
            System.arraycopy(snapshots, snapshot[i] * d, out, q + 2 * d, d);
        }
    }

    /** One single-value feature of example {@code i}. */
    public float value(int i, int feature) {
        return values[i * scalars + feature];
    }

    public boolean clicked(int i) {
        return label[i] > 0;
    }

    public float label(int i) {
        return label[i];
    }

    /** The result list the example was shown in. */
    public int request(int i) {
        return request[i];
    }

    public long timestamp(int i) {
        return ts[i];
    }

    public int product(int i) {
        return product[i];
    }

    /** True click probability from generated logs, NaN when unknown. */
    public float trueCtr(int i) {
        return trueCtr[i];
    }

    public long positives() {
        long n = 0;
        for (int i = 0; i < size; i++) {
            n += label[i] > 0 ? 1 : 0;
        }
        return n;
    }

    /** Number of distinct shoppers among the examples (anonymous ones not counted). */
    public int shoppers() {
        Set<Integer> s = new HashSet<>();
        for (int i = 0; i < size; i++) {
            if (user[i] >= 0) {
                s.add(user[i]);
            }
        }
        return s.size();
    }

    /** Mean and standard deviation of each single-value feature over the examples (std at least 1e-3). */
    float[][] moments() {
        double[] sum = new double[scalars];
        double[] sq = new double[scalars];
        for (int i = 0; i < size; i++) {
            for (int f = 0; f < scalars; f++) {
                double v = values[i * scalars + f];
                sum[f] += v;
                sq[f] += v * v;
            }
        }
        float[] mean = new float[scalars];
        float[] std = new float[scalars];
        for (int f = 0; f < scalars; f++) {
            double m = size == 0 ? 0 : sum[f] / size;
            double var = size == 0 ? 1 : Math.max(0, sq[f] / size - m * m);
            mean[f] = (float) m;
            std[f] = (float) Math.max(1e-3, Math.sqrt(var));
        }
        return new float[][] {mean, std};
    }

    /** The first example whose single-value features or embeddings hold NaN or infinity, or -1. */
    public int firstNonFinite(int[] badFeature) {
        float[] row = new float[schema.width()];
        for (int i = 0; i < size; i++) {
            row(i, row, 0);
            for (int f = 0; f < row.length; f++) {
                if (!Float.isFinite(row[f])) {
                    badFeature[0] = f;
                    return i;
                }
            }
        }
        return -1;
    }
}
