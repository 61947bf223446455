package merchlab.text.onnx;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a batch of texts into the encoder's three int64 inputs and its last hidden state back into pooled, normalised vectors.
 */
final class EncoderTranslator implements NoBatchifyTranslator<List<String>, List<float[]>> {
    private static final String MASK = "mask";
    private static final String LENGTH = "length";

    private final HuggingFaceTokenizer tokenizer;
    private final EncoderSpec spec;

    EncoderTranslator(HuggingFaceTokenizer tokenizer, EncoderSpec spec) {
        this.tokenizer = tokenizer;
        this.spec = spec;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, List<String> texts) {
        List<String> prepared = new ArrayList<>(texts.size());
        for (String t : texts) {
            prepared.add(spec.lowerCase() ? t.toLowerCase(Locale.ROOT) : t);
        }
        Encoding[] encodings = tokenizer.batchEncode(prepared);
        int batch = encodings.length;
        int length = 0;
        for (Encoding e : encodings) {
            length = Math.max(length, e.getIds().length);
        }
        long[] ids = new long[batch * length];
        long[] mask = new long[batch * length];
        long[] types = new long[batch * length];
        for (int i = 0; i < batch; i++) {
            Encoding e = encodings[i];
            int n = e.getIds().length;
            System.arraycopy(e.getIds(), 0, ids, i * length, n);
            System.arraycopy(e.getAttentionMask(), 0, mask, i * length, n);
            System.arraycopy(e.getTypeIds(), 0, types, i * length, n);
        }
        ctx.setAttachment(MASK, mask);
        ctx.setAttachment(LENGTH, length);
        NDManager manager = ctx.getNDManager();
        Shape shape = new Shape(batch, length);
        return new NDList(named(manager.create(ids, shape), "input_ids"),
                named(manager.create(mask, shape), "attention_mask"),
                named(manager.create(types, shape), "token_type_ids"));
    }

    @Override
    public List<float[]> processOutput(TranslatorContext ctx, NDList output) {
        NDArray hidden = output.get(0);
        long[] mask = (long[]) ctx.getAttachment(MASK);
        int length = (Integer) ctx.getAttachment(LENGTH);
        int batch = (int) hidden.getShape().get(0);
        int dimension = (int) hidden.getShape().get(2);
        float[] flat = hidden.toFloatArray();
        List<float[]> vectors = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            vectors.add(spec.pooling().pool(flat, mask, i, length, dimension));
        }
        return vectors;
    }

    private static NDArray named(NDArray array, String name) {
        array.setName(name);
        return array;
    }
}
