package merchlab.text.onnx;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.text.TextEncoder;

/**
 * A {@link TextEncoder} running a pretrained ONNX model through DJL's ONNX Runtime engine with DJL's HuggingFace tokenizer.
 *
 * <p>One {@link #encode(List)} call tokenises its texts together, sorts them by token count and runs the model on
 * batches of at most {@link #MAX_BATCH} texts of similar length, so that batches carry little padding.
 *
 * <p>Thread-safe: each call gets its own predictor over the one shared ONNX Runtime session, so calls may run in
 * parallel (give each call one intra-op thread and run as many calls as there are cores).
 */
public final class OnnxTextEncoder implements TextEncoder {
    /** Most texts per model call; 16, 32, 64 and 128 ran product titles equally fast on 2 cores. */
    public static final int MAX_BATCH = 32;

    private static final System.Logger LOG = System.getLogger(OnnxTextEncoder.class.getName());

    private final EncoderSpec spec;
    private final Model model;
    private final HuggingFaceTokenizer tokenizer;
    private final TokenBatcher batcher;
    private final EncoderTranslator translator;

    private OnnxTextEncoder(EncoderSpec spec, Model model, HuggingFaceTokenizer tokenizer) {
        this.spec = spec;
        this.model = model;
        this.tokenizer = tokenizer;
        this.batcher = new TokenBatcher(tokenizer, spec.lowerCase());
        this.translator = new EncoderTranslator(spec.pooling());
    }

    /**
     * Loads the model and tokenizer of {@code spec} from the class path.
     *
     * @param threadsPerCall ONNX Runtime intra-op threads used by one {@link #encode} call
     */
    public static OnnxTextEncoder load(EncoderSpec spec, int threadsPerCall) {
        Model model = Model.newInstance(spec.name(), "OnnxRuntime");
        HuggingFaceTokenizer tokenizer = null;
        try (InputStream modelIn = resource(spec.modelResource());
             InputStream tokenizerIn = resource(spec.tokenizerResource())) {
            try (OrtSession.SessionOptions options = sessionOptions(threadsPerCall)) {
                model.load(modelIn, Map.of("sessionOptions", options));  // the session keeps its own copy
            }
            tokenizer = HuggingFaceTokenizer.newInstance(tokenizerIn, Map.of(
                    "padding", "false", "truncation", "true", "maxLength", Integer.toString(spec.maxTokens())));
            return new OnnxTextEncoder(spec, model, tokenizer);
        } catch (IOException | MalformedModelException | OrtException | RuntimeException e) {
            model.close();
            if (tokenizer != null) {
                tokenizer.close();
            }
            if (e instanceof MerchLabException m) {
                throw m;
            }
            throw new MerchLabException("cannot load the " + spec.model() + " encoder: " + e.getMessage(), e);
        }
    }

    /**
     * The ONNX Runtime session options every encoder runs with: {@code threadsPerCall} intra-op threads, one inter-op
     * thread, ONNX Runtime's defaults otherwise (all graph optimisations, memory patterns, the CPU arena).
     */
    public static OrtSession.SessionOptions sessionOptions(int threadsPerCall) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(Math.max(1, threadsPerCall));
        options.setInterOpNumThreads(1);
        return options;
    }

    private static InputStream resource(String name) {
        InputStream in = OnnxTextEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new MerchLabException("encoder resource " + name + " is not on the class path (is its model jar missing?)");
        }
        return in;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public int dimension() {
        return spec.dimension();
    }

    /** The specification this encoder was loaded from. */
    public EncoderSpec spec() {
        return spec;
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        List<String> nonEmpty = new ArrayList<>(texts.size());
        int[] slot = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (t == null || t.isBlank()) {
                slot[i] = -1;
            } else {
                slot[i] = nonEmpty.size();
                nonEmpty.add(t);
            }
        }
        if (nonEmpty.size() < texts.size()) {
            LOG.log(System.Logger.Level.WARNING, "{0} empty text(s) encoded as the zero vector",
                    texts.size() - nonEmpty.size());
        }
        List<float[]> encoded = nonEmpty.isEmpty() ? List.of() : run(nonEmpty);
        List<float[]> out = new ArrayList<>(texts.size());
        for (int s : slot) {
            out.add(s < 0 ? new float[spec.dimension()] : encoded.get(s));
        }
        return out;
    }

    private List<float[]> run(List<String> texts) {
        float[][] out = new float[texts.size()][];
        try (Predictor<TokenBatch, float[][]> predictor = model.newPredictor(translator)) {
            for (TokenBatch batch : batches(texts)) {
                float[][] vectors = predictor.predict(batch);
                for (int row = 0; row < batch.size(); row++) {
                    out[batch.positions()[row]] = vectors[row];
                }
            }
        } catch (TranslateException e) {
            throw new MerchLabException("the " + spec.model() + " encoder failed: " + e.getMessage(), e);
        }
        return Arrays.asList(out);
    }

    /**
     * The model batches {@link #encode(List)} makes of these non-blank texts: tokenised, sorted by token count, at most
     * {@link #MAX_BATCH} each. For benchmarks that feed the model the very same inputs.
     */
    public List<TokenBatch> batches(List<String> texts) {
        return batcher.batches(texts, MAX_BATCH);
    }

    /** Token ids of a text as the model sees them (after lower-casing and truncation); for tests and diagnostics. */
    public long[] tokenIds(String text) {
        long[] ids = batcher.ids(text);
        return Arrays.copyOf(ids, ids.length);
    }

    @Override
    public void close() {
        tokenizer.close();
        model.close();
    }
}
