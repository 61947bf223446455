package merchlab.model.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.model.ProductMatrix;
import merchlab.text.ProductVectors;
import merchlab.text.Vectors;

/**
 * Scores catalog products for shoppers with a network: every catalog product's vector is computed once (text through
 * the adapter, plus the id vector of products seen in training), and a shopper's vector comes from encoding the most
 * recent products of the history. Not thread-safe.
 */
final class SequenceScorer implements AutoCloseable {
    private final SequenceNetwork network;
    private final ProductVectors catalog;
    private final NDManager manager;
    private final NDArray padded;
    private final float[] vectors;
    private final double[] popularity;
    private final float[] bias;
    private final int dimension;
    private final int queryRow;
    private final boolean textSkip;
    /** The weight of the text similarity to the most recent product, with the text skip. */
    private final float textScale;
    private ProductMatrix productMatrix;

    /**
     * @param trainingRows id-table row of each product seen in training
     * @param counts       training frequency by id-table row, for shoppers without history
     */
    SequenceScorer(SequenceNetwork network, ProductVectors catalog, Map<String, Integer> trainingRows, int[] counts) {
        this.network = network;
        this.catalog = catalog;
        this.dimension = network.dimension();
        this.manager = NDManager.newBaseManager(network.device());
        int n = catalog.size();
        this.vectors = new float[n * dimension];
        this.popularity = new double[n];
        this.bias = new float[n];
        int chunk = 4096;
        for (int start = 0; start < n; start += chunk) {
            int end = Math.min(n, start + chunk);
            long[] idRows = new long[end - start];
            float[] text = new float[(end - start) * catalog.dimension()];
            for (int i = start; i < end; i++) {
                int row = trainingRows.getOrDefault(catalog.productId(i), 0);
                idRows[i - start] = row;
                popularity[i] = Math.log1p(row == 0 ? 0 : counts[row]);
            }
            System.arraycopy(catalog.matrix(), start * catalog.dimension(), text, 0, text.length);
            try (NDManager step = manager.newSubManager()) {
                network.attachTo(step);
                NDArray out = network.products(step.create(text, new Shape(end - start, catalog.dimension())),
                        step.create(idRows), null);
                System.arraycopy(out.toFloatArray(), 0, vectors, start * dimension, (end - start) * dimension);
                if (network.hasBias()) {
                    System.arraycopy(network.bias(step.create(idRows)).toFloatArray(), 0, bias, start, end - start);
                }
            }
        }
        int extra = network.bidirectional() ? 2 : 1;
        float[] withPadding = new float[(n + extra) * dimension];
        System.arraycopy(vectors, 0, withPadding, dimension, vectors.length);
        if (network.bidirectional()) {
            try (NDManager step = manager.newSubManager()) {
                network.attachTo(step);
                System.arraycopy(network.query().toFloatArray(), 0, withPadding, (n + 1) * dimension, dimension);
            }
        }
        this.padded = manager.create(withPadding, new Shape(n + extra, dimension));
        this.queryRow = n + 1;
        this.textSkip = network.hasTextSkip();
        float scale = 0;
        if (textSkip) {
            try (NDManager step = manager.newSubManager()) {
                network.attachTo(step);
                scale = network.textScale().getFloat(0);
            }
        }
        this.textScale = scale;
    }

    ProductVectors catalog() {
        return catalog;
    }

    /**
     * Score of the catalog product at {@code row} for a shopper vector (with the product's bias, if any). With the text
     * skip, the shopper vector carries the weighted text vector of their most recent product after its first
     * {@code dimension} numbers, which is dotted with the product's text vector.
     */
    double score(float[] shopper, int row) {
        double s = bias[row] + Vectors.dot(shopper, 0, vectors, row * dimension, dimension);
        if (shopper.length > dimension) {
            int width = catalog.dimension();
            s += Vectors.dot(shopper, dimension, catalog.matrix(), row * width, width);
        }
        return s;
    }

    /**
     * Every catalog product's score for each shopper vector, in one matrix product: {@code out[b][row]} equals
     * {@link #score}{@code (shoppers[b], row)}; a null shopper gets the popularity scores.
     */
    double[][] scoreCatalog(List<float[]> shoppers) {
        int n = catalog.size();
        int width = dimension + (textSkip ? catalog.dimension() : 0);
        List<Integer> known = new ArrayList<>();
        for (int b = 0; b < shoppers.size(); b++) {
            if (shoppers.get(b) != null) {
                known.add(b);
            }
        }
        double[][] out = new double[shoppers.size()][];
        for (int b = 0; b < out.length; b++) {
            out[b] = shoppers.get(b) == null ? popularity.clone() : new double[n];
        }
        if (known.isEmpty()) {
            return out;
        }
        float[] block = new float[known.size() * width];
        for (int k = 0; k < known.size(); k++) {
            System.arraycopy(shoppers.get(known.get(k)), 0, block, k * width, width);
        }
        float[] scores = productMatrix().times(block, known.size());
        for (int k = 0; k < known.size(); k++) {
            double[] row = out[known.get(k)];
            for (int p = 0; p < n; p++) {
                row[p] = bias[p] + scores[k * n + p];
            }
        }
        return out;
    }

    /** The products' vectors beside their text vectors with the text skip: the right side of every shopper's score. */
    private ProductMatrix productMatrix() {
        if (productMatrix == null) {
            int n = catalog.size();
            int text = textSkip ? catalog.dimension() : 0;
            float[] m = new float[n * (dimension + text)];
            for (int p = 0; p < n; p++) {
                System.arraycopy(vectors, p * dimension, m, p * (dimension + text), dimension);
                if (textSkip) {
                    System.arraycopy(catalog.matrix(), p * text, m, p * (dimension + text) + dimension, text);
                }
            }
            productMatrix = new ProductMatrix(m, n, dimension + text);
        }
        return productMatrix;
    }

    /** Popularity score of the catalog product at {@code row}, for shoppers with no known history. */
    double popularity(int row) {
        return popularity[row];
    }

    /** The shopper vector for each history (oldest first); null for a history with no known product. */
    List<float[]> shoppers(List<List<String>> histories) {
        int length = network.maxHistory();
        List<float[]> out = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        for (List<String> history : histories) {
            long[] r = lastRows(history, length);
            out.add(null);
            if (r != null) {
                pending.add(out.size() - 1);
                rows.add(r);
            }
        }
        int batch = 256;
        for (int start = 0; start < rows.size(); start += batch) {
            int end = Math.min(rows.size(), start + batch);
            long[] flat = new long[(end - start) * length];
            float[] mask = new float[flat.length];
            for (int b = start; b < end; b++) {
                System.arraycopy(rows.get(b), 0, flat, (b - start) * length, length);
            }
            for (int i = 0; i < flat.length; i++) {
                mask[i] = flat[i] == 0 ? 0 : 1;
            }
            float[] encoded = encode(flat, mask, end - start, length);
            for (int b = start; b < end; b++) {
                float[] v = new float[dimension + (textSkip ? catalog.dimension() : 0)];
                System.arraycopy(encoded, (b - start) * dimension, v, 0, dimension);
                if (textSkip) {
                    long[] r = rows.get(b);
                    float[] recent = catalog.vector((int) r[r.length - 1] - 1);
                    for (int j = 0; j < recent.length; j++) {
                        v[dimension + j] = textScale * recent[j];
                    }
                }
                out.set(pending.get(b), v);
            }
        }
        return out;
    }

    private float[] encode(long[] flat, float[] mask, int size, int length) {
        try (NDManager step = manager.newSubManager()) {
            network.attachTo(step);
            step.tempAttachAll(padded);
            NDArray items = padded.get(step.create(flat, new Shape(size, length)));
            return network.encodeLast(items, step.create(mask, new Shape(size, length)), false, 0).toFloatArray();
        }
    }

    /**
     * The last known products of a history as padded catalog rows (+1), followed by the query slot when the encoder is
     * bidirectional, left-padded to {@code length}; null when no product is known.
     */
    private long[] lastRows(List<String> history, int length) {
        long[] r = new long[length];
        int filled = 0;
        if (network.bidirectional()) {
            r[length - 1] = queryRow;
            length--;
        }
        for (int i = history.size() - 1; i >= 0 && filled < length; i--) {
            int row = catalog.row(history.get(i)).orElse(-1);
            if (row >= 0) {
                r[length - 1 - filled++] = row + 1;
            }
        }
        return filled == 0 ? null : r;
    }

    @Override
    public void close() {
        if (productMatrix != null) {
            productMatrix.close();
        }
        manager.close();
    }
}
