package merchlab.model.intent;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import merchlab.MerchLabException;

/**
 * A trained intent classifier opened for scoring: the class scores (logits, before calibration) of messages, from the
 * DJL network over encoder vectors and n-grams, or from the n-gram baseline. Only Java arrays cross its surface; it
 * reads and writes itself as bytes for the workspace. Not thread-safe; close it after the job.
 */
public final class IntentClassifier implements AutoCloseable {
    private static final int NEURAL = 1;
    private static final int BASELINE = 2;
    /** The network with the spelling it mends messages with. */
    private static final int NEURAL_SPELLED = 3;

    private final NgramBaseline baseline;
    private final IntentArchitecture shape;
    private final int intents;
    private final IntentTrainer.Inputs inputs;
    private final byte[] weights;
    private final Model model;
    private final Block network;
    private final MessageSpelling spelling;

    private IntentClassifier(NgramBaseline baseline) {
        this.baseline = baseline;
        this.spelling = null;
        this.shape = null;
        this.intents = 0;
        this.inputs = null;
        this.weights = null;
        this.model = null;
        this.network = null;
    }

    private IntentClassifier(IntentArchitecture shape, int intents, int dimension, MessageNgrams ngrams,
                             MessageSpelling spelling, byte[] weights) {
        this.baseline = null;
        this.spelling = spelling;
        this.shape = shape;
        this.intents = intents;
        this.inputs = new IntentTrainer.Inputs(dimension, ngrams);
        this.weights = weights;
        this.model = Model.newInstance("intent", Device.cpu(), "PyTorch");
        IntentNetwork n = new IntentNetwork(shape.adapter(), intents, shape.ngrams());
        n.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, dimension), new Shape(1, inputs.ngramWidth()));
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            n.loadParameters(model.getNDManager(), in);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new MerchLabException("the intent model's weights do not fit its network: " + e.getMessage(), e);
        }
        model.setBlock(n);
        this.network = n;
    }

    static IntentClassifier neural(IntentArchitecture shape, int intents, int dimension, MessageNgrams ngrams,
                                   MessageSpelling spelling, byte[] weights) {
        return new IntentClassifier(shape, intents, dimension, ngrams, spelling, weights);
    }

    /** The n-gram baseline as a classifier. */
    public static IntentClassifier of(NgramBaseline baseline) {
        return new IntentClassifier(baseline);
    }

    /** Whether {@link #logits} needs the messages' encoder vectors (the baseline reads text only). */
    public boolean readsVectors() {
        return baseline == null;
    }

    /**
     * The messages as the classifier reads them: with misspelled words mended when it was trained so, else as given.
     * Encode these, and pass these to {@link #logits}.
     */
    public List<String> prepared(List<String> messages) {
        return spelling == null ? messages : spelling.correct(messages);
    }

    /**
     * The class scores of each message prepared by {@link #prepared}; {@code vectors} (their encoder vectors) may be
     * null for a classifier that reads text only.
     */
    public float[][] logits(List<String> messages, List<float[]> vectors) {
        float[][] out = new float[messages.size()][];
        if (baseline != null) {
            for (int i = 0; i < out.length; i++) {
                out[i] = baseline.logits(messages.get(i));
            }
            return out;
        }
        int chunk = 256;
        for (int start = 0; start < out.length; start += chunk) {
            int n = Math.min(chunk, out.length - start);
            int[] rows = new int[n];
            for (int j = 0; j < n; j++) {
                rows[j] = start + j;
            }
            try (NDManager m = model.getNDManager().newSubManager()) {
                NDArray logits = network.forward(new ParameterStore(m, false), inputs.batch(m, messages, vectors, rows),
                        false).singletonOrThrow();
                float[] flat = logits.toFloatArray();
                for (int j = 0; j < n; j++) {
                    out[start + j] = java.util.Arrays.copyOfRange(flat, j * intents, (j + 1) * intents);
                }
            }
        }
        return out;
    }

    /** The classifier as bytes, for {@link #fromBytes}. */
    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            if (baseline != null) {
                out.writeInt(BASELINE);
                baseline.write(out);
            } else {
                out.writeInt(spelling == null ? NEURAL : NEURAL_SPELLED);
                out.writeInt(shape.adapter());
                out.writeBoolean(shape.ngrams());
                out.writeDouble(shape.weightDecay());
                out.writeInt(intents);
                out.writeInt(inputs.dimension);
                if (inputs.ngrams != null) {
                    inputs.ngrams.write(out);
                }
                if (spelling != null) {
                    spelling.write(out);
                }
                out.writeInt(weights.length);
                out.write(weights);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the intent model", e);
        }
    }

    /** Opens a classifier written by {@link #toBytes}. */
    public static IntentClassifier fromBytes(byte[] bytes) {
        if (bytes == null) {
            throw new MerchLabException("the intent model has no weights");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int type = in.readInt();
            if (type == BASELINE) {
                return new IntentClassifier(NgramBaseline.read(in));
            }
            if (type != NEURAL && type != NEURAL_SPELLED) {
                throw new MerchLabException("not an intent model (unknown format " + type + ")");
            }
            IntentArchitecture shape = new IntentArchitecture(in.readInt(), in.readBoolean(), in.readDouble(),
                    type == NEURAL_SPELLED);
            int intents = in.readInt();
            int dimension = in.readInt();
            MessageNgrams ngrams = shape.ngrams() ? MessageNgrams.read(in) : null;
            MessageSpelling spelling = shape.spelling() ? MessageSpelling.read(in) : null;
            byte[] weights = new byte[in.readInt()];
            in.readFully(weights);
            return new IntentClassifier(shape, intents, dimension, ngrams, spelling, weights);
        } catch (IOException e) {
            throw new MerchLabException("the intent model's weights are damaged: " + e.getMessage(), e);
        }
    }

    static byte[] weights(Block network) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            network.saveParameters(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot copy the intent network's weights", e);
        }
    }

    @Override
    public void close() {
        if (model != null) {
            model.close();
        }
    }
}
