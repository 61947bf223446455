package merchlab.text.onnx;

/**
 * Everything needed to run one pretrained encoder: where its model and tokenizer live on the class path, its output
 * size, pooling, whether text must be lower-cased first, and its token limit.
 *
 * @param name              the encoder's name as stored with its vectors ({@code en}, {@code zh})
 * @param model             a human-readable model name
 * @param modelResource     class-path resource of the {@code .onnx} file
 * @param tokenizerResource class-path resource of the {@code tokenizer.json}
 * @param lowerCase         true when the tokenizer does not lower-case but the model expects it
 * @param maxTokens         longer input is truncated to this many tokens, special tokens included
 */
public record EncoderSpec(String name, String model, String modelResource, String tokenizerResource, int dimension,
                          Pooling pooling, boolean lowerCase, int maxTokens) {

    /** English: all-MiniLM-L6-v2, int8-quantised, 384 dimensions, mean pooling; trained on 128 tokens, served to 256. */
    public static final EncoderSpec ENGLISH = new EncoderSpec("en", "all-MiniLM-L6-v2 (quantised)",
            "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", 384, Pooling.MEAN, false, 256);

    /** Chinese: bge-small-zh-v1.5, int8-quantised, 512 dimensions, [CLS] pooling; its tokenizer keeps case. */
    public static final EncoderSpec CHINESE = new EncoderSpec("zh", "bge-small-zh-v1.5 (quantised)",
            "/bge-small-zh-v1.5-q.onnx", "/bge-small-zh-v1.5-q-tokenizer.json", 512, Pooling.CLS, true, 512);
}
