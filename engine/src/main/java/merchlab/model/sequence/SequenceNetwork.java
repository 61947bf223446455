package merchlab.model.sequence;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The network's parameters and its two computations: product vectors (text adapter plus optional id vector) and the
 * self-attention encoder over a history of product vectors: causal for next-product prediction (SASRec, Kang and
 * McAuley, ICDM 2018) or bidirectional for masked-product prediction (BERT4Rec, Sun et al., CIKM 2019), with pre-norm
 * blocks.
 *
 * <p>Parameters live in the manager given at creation. Callers attach them to a short-lived manager for each step with
 * {@link #attachTo}, so that results computed from them are freed with that manager.
 */
final class SequenceNetwork implements AutoCloseable {
    private static final float MASKED = -1e9f;
    /** Starting weight of the text similarity to the most recent product: large enough that it leads at first. */
    static final float TEXT_SCALE = 20f;

    private final NDManager manager;
    private final Map<String, NDArray> parameters;
    private final int textDimension;
    private final int dimension;
    private final int layers;
    private final int heads;
    private final int maxHistory;
    private final boolean idEmbedding;
    private final boolean bidirectional;
    private final boolean bias;
    private final boolean textSkip;

    private SequenceNetwork(NDManager manager, Map<String, NDArray> parameters, int textDimension,
                            SequenceSettings s) {
        this.manager = manager;
        this.parameters = parameters;
        this.textDimension = textDimension;
        this.dimension = s.dimension();
        this.layers = s.layers();
        this.heads = s.heads();
        this.maxHistory = s.maxHistory();
        this.idEmbedding = s.idEmbedding();
        this.bidirectional = s.bidirectional();
        this.bias = parameters.containsKey("item.bias");
        this.textSkip = parameters.containsKey("text.scale");
    }

    /**
     * A freshly initialised network; {@code counts} holds the training count of each id-table row (row 0: none), its
     * length the size of the id table (training products + 1), and starts the score biases when {@code s.bias()}.
     */
    static SequenceNetwork create(NDManager parent, int textDimension, int[] counts, SequenceSettings s, long seed) {
        int idRows = counts.length;
        NDManager manager = parent.newSubManager();
        Random random = new Random(seed);
        Map<String, NDArray> p = new LinkedHashMap<>();
        int d = s.dimension();
        p.put("adapter.w1", xavier(manager, random, textDimension, d));
        p.put("adapter.b1", manager.zeros(new Shape(d)));
        p.put("adapter.w2", xavier(manager, random, d, d));
        p.put("adapter.b2", manager.zeros(new Shape(d)));
        if (s.idEmbedding()) {
            p.put("item.id", normal(manager, random, 0.05, idRows, d));
        }
        if (s.bias()) {
            float[] b = new float[idRows];
            for (int r = 1; r < idRows; r++) {
                b[r] = (float) Math.log1p(counts[r]);
            }
            p.put("item.bias", manager.create(b, new Shape(idRows)));
        }
        if (s.textSkip() && !s.bidirectional()) {
            p.put("text.scale", manager.create(new float[] {TEXT_SCALE}, new Shape(1)));
        }
        p.put("position", normal(manager, random, 0.02, s.maxHistory(), d));
        if (s.bidirectional()) {
            p.put("query", normal(manager, random, 0.05, 1, d));
        }
        for (int b = 0; b < s.layers(); b++) {
            String n = "block" + b + ".";
            p.put(n + "ln1.gamma", manager.ones(new Shape(d)));
            p.put(n + "ln1.beta", manager.zeros(new Shape(d)));
            for (String w : List.of("q", "k", "v", "o")) {
                p.put(n + "attention." + w, xavier(manager, random, d, d));
            }
            p.put(n + "ln2.gamma", manager.ones(new Shape(d)));
            p.put(n + "ln2.beta", manager.zeros(new Shape(d)));
            p.put(n + "ffn.w1", xavier(manager, random, d, 2 * d));
            p.put(n + "ffn.b1", manager.zeros(new Shape(2 * d)));
            p.put(n + "ffn.w2", xavier(manager, random, 2 * d, d));
            p.put(n + "ffn.b2", manager.zeros(new Shape(d)));
        }
        p.put("final.gamma", manager.ones(new Shape(d)));
        p.put("final.beta", manager.zeros(new Shape(d)));
        return new SequenceNetwork(manager, p, textDimension, s);
    }

    /** A network with the parameters of {@link #parameterList()}, as decoded from a saved model. */
    static SequenceNetwork restore(NDManager parent, NDList saved, SequenceSettings s) {
        NDManager manager = parent.newSubManager();
        Map<String, NDArray> p = new LinkedHashMap<>();
        for (NDArray a : saved) {
            NDArray copy = a.duplicate();
            copy.attach(manager);
            p.put(a.getName(), copy);
        }
        int textDimension = (int) p.get("adapter.w1").getShape().get(0);
        return new SequenceNetwork(manager, p, textDimension, s);
    }

    Device device() {
        return manager.getDevice();
    }

    int textDimension() {
        return textDimension;
    }

    int dimension() {
        return dimension;
    }

    int maxHistory() {
        return maxHistory;
    }

    boolean hasIdEmbedding() {
        return idEmbedding;
    }

    /** Whether products carry a learned score bias ({@link #bias}). */
    boolean hasBias() {
        return bias;
    }

    /** The score bias of id-table rows {@code idRows} [n] (row 0: a product not seen in training). */
    NDArray bias(NDArray idRows) {
        return p("item.bias").get(idRows);
    }

    /**
     * Whether every score adds {@link #textScale} times the frozen text similarity of the product and the shopper's most
     * recent product (see {@link SequenceSettings#textSkip}).
     */
    boolean hasTextSkip() {
        return textSkip;
    }

    /** The learned weight of the text similarity to the most recent product, [1]. */
    NDArray textScale() {
        return p("text.scale");
    }

    /** Whether the encoder attends both ways and a shopper is read at a query slot after the history. */
    boolean bidirectional() {
        return bidirectional;
    }

    /** The learned input vector of the query slot (and of hidden products in training), [1, d]. */
    NDArray query() {
        return p("query");
    }

    /** Parameters by name, in a fixed order. */
    Map<String, NDArray> parameters() {
        return parameters;
    }

    /** The parameters as a named list, DJL's serialisable form. */
    NDList parameterList() {
        NDList list = new NDList();
        parameters.forEach((name, a) -> {
            a.setName(name);
            list.add(a);
        });
        return list;
    }

    /** Attaches every parameter to {@code step} until it closes, so results computed from them are freed with it. */
    void attachTo(NDManager step) {
        step.tempAttachAll(parameters.values().toArray(new NDArray[0]));
    }

    /**
     * Product vectors: the adapter applied to text vectors {@code text} [n, textDim], plus the id vector of
     * {@code idRows} [n] (row 0: none) scaled by {@code idKeep} [n] (1 keeps, 0 drops; null keeps all).
     */
    NDArray products(NDArray text, NDArray idRows, NDArray idKeep) {
        NDArray hidden = Activation.gelu(text.matMul(p("adapter.w1")).add(p("adapter.b1")));
        NDArray vectors = hidden.matMul(p("adapter.w2")).add(p("adapter.b2"));
        if (!idEmbedding || idRows == null) {
            return vectors;
        }
        NDArray known = idRows.gt(0).toType(DataType.FLOAT32, false);
        if (idKeep != null) {
            known = known.mul(idKeep);
        }
        return vectors.add(p("item.id").get(idRows).mul(known.expandDims(1)));
    }

    /**
     * Encodes histories of product vectors {@code items} [b, L, d], left-padded, with {@code mask} [b, L] (1 for a
     * product, 0 for padding); returns [b, L, d] where position t summarises what it may see (causal: the products up to
     * t; bidirectional: all of them).
     */
    NDArray encode(NDArray items, NDArray mask, boolean training, float dropout) {
        return run(items, mask, training, dropout, false);
    }

    /**
     * The encoder's output at the last position only, [b, d]: the shopper vector. The last block is computed for that
     * position alone, which gives the same result as {@link #encode} at a fraction of the cost.
     */
    NDArray encodeLast(NDArray items, NDArray mask, boolean training, float dropout) {
        return run(items, mask, training, dropout, true).reshape(items.getShape().get(0), dimension);
    }

    private NDArray run(NDArray items, NDArray mask, boolean training, float dropout, boolean lastOnly) {
        int length = (int) items.getShape().get(1);
        NDArray keep = mask.expandDims(2);
        NDArray x = items.add(p("position").get((maxHistory - length) + ":"));
        x = drop(x, dropout, training).mul(keep);
        NDArray attentionMask = attentionMask(mask, length);
        for (int layer = 0; layer < layers; layer++) {
            String n = "block" + layer + ".";
            boolean last = lastOnly && layer == layers - 1;
            NDArray h = norm(x, n + "ln1");
            NDArray queries = last ? h.get(":, -1:, :") : h;
            NDArray rows = last ? attentionMask.get(":, :, -1:, :") : attentionMask;
            if (last) {
                x = x.get(":, -1:, :");
                keep = keep.get(":, -1:, :");
            }
            x = x.add(drop(attention(queries, h, rows, n, dropout, training), dropout, training));
            h = norm(x, n + "ln2");
            NDArray ffn = Activation.gelu(h.matMul(p(n + "ffn.w1")).add(p(n + "ffn.b1")))
                    .matMul(p(n + "ffn.w2")).add(p(n + "ffn.b2"));
            x = x.add(drop(ffn, dropout, training)).mul(keep);
        }
        if (lastOnly && layers == 0) {
            x = x.get(":, -1:, :");
            keep = keep.get(":, -1:, :");
        }
        return norm(x, "final").mul(keep);
    }

    /** Multi-head attention of {@code queries} [b, q, d] over {@code h} [b, L, d] with additive {@code mask}. */
    private NDArray attention(NDArray queries, NDArray h, NDArray mask, String n, float dropout, boolean training) {
        long b = h.getShape().get(0);
        int length = (int) h.getShape().get(1);
        int rows = (int) queries.getShape().get(1);
        int dh = dimension / heads;
        NDArray q = split(queries.matMul(p(n + "attention.q")), b, rows, dh);
        NDArray k = split(h.matMul(p(n + "attention.k")), b, length, dh);
        NDArray v = split(h.matMul(p(n + "attention.v")), b, length, dh);
        // a scale kept by the batch's manager: DJL's mul(Number) frees its scalar while autograd still needs it
        NDArray scale = h.getManager().create((float) (1 / Math.sqrt(dh)));
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).mul(scale).add(mask);
        NDArray weights = drop(scores.softmax(3), dropout, training);
        NDArray out = weights.matMul(v).transpose(0, 2, 1, 3).reshape(b, rows, dimension);
        return out.matMul(p(n + "attention.o"));
    }

    private NDArray split(NDArray x, long b, int length, int dh) {
        return x.reshape(b, length, heads, dh).transpose(0, 2, 1, 3);
    }

    /** Additive mask [b, 1, L, L]: a position never sees padding and, unless bidirectional, no later product. */
    private NDArray attentionMask(NDArray mask, int length) {
        float[] causal = new float[length * length];
        for (int i = 0; i < length && !bidirectional; i++) {
            for (int j = i + 1; j < length; j++) {
                causal[i * length + j] = MASKED;
            }
        }
        NDArray future = mask.getManager().create(causal, new Shape(1, 1, length, length));
        NDArray padding = mask.neg().add(1).mul(MASKED).expandDims(1).expandDims(1);
        NDArray combined = future.add(padding);
        // a padded query would see nothing at all: let it see itself so its softmax stays finite
        NDArray eye = mask.getManager().eye(length).expandDims(0).expandDims(0);
        return combined.mul(eye.neg().add(1));
    }

    private NDArray norm(NDArray x, String name) {
        return LayerNorm.layerNorm(x, new Shape(dimension), p(name + ".gamma"), p(name + ".beta"), 1e-5f)
                .singletonOrThrow();
    }

    private static NDArray drop(NDArray x, float rate, boolean training) {
        return training && rate > 0 ? Dropout.dropout(x, rate, true).singletonOrThrow() : x;
    }

    private NDArray p(String name) {
        NDArray a = parameters.get(name);
        if (a == null) {
            throw new IllegalStateException("the sequence model has no parameter " + name);
        }
        return a;
    }

    private static NDArray xavier(NDManager m, Random r, int in, int out) {
        return normal(m, r, Math.sqrt(2.0 / (in + out)), in, out);
    }

    private static NDArray normal(NDManager m, Random r, double std, int rows, int cols) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (r.nextGaussian() * std);
        }
        return m.create(v, new Shape(rows, cols));
    }

    /** Names of all parameters, for tests and messages. */
    List<String> names() {
        return new ArrayList<>(parameters.keySet());
    }

    @Override
    public void close() {
        manager.close();
    }
}
