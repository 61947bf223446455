package merchlab.text.onnx;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * Turns a tokenised batch into the encoder's three int64 inputs and its last hidden state back into pooled, normalised
 * vectors, one per row of the batch.
 */
final class EncoderTranslator implements NoBatchifyTranslator<TokenBatch, float[][]> {
    private static final String BATCH = "batch";

    private final Pooling pooling;

    EncoderTranslator(Pooling pooling) {
        this.pooling = pooling;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, TokenBatch batch) {
        ctx.setAttachment(BATCH, batch);
        NDManager manager = ctx.getNDManager();
        Shape shape = new Shape(batch.size(), batch.length());
        return new NDList(named(manager.create(batch.ids(), shape), "input_ids"),
                named(manager.create(batch.mask(), shape), "attention_mask"),
                named(manager.create(batch.types(), shape), "token_type_ids"));
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList output) {
        NDArray hidden = output.get(0);
        TokenBatch batch = (TokenBatch) ctx.getAttachment(BATCH);
        int dimension = (int) hidden.getShape().get(2);
        float[] flat = hidden.toFloatArray();
        float[][] vectors = new float[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            vectors[i] = pooling.pool(flat, batch.mask(), i, batch.length(), dimension);
        }
        return vectors;
    }

    private static NDArray named(NDArray array, String name) {
        array.setName(name);
        return array;
    }
}
