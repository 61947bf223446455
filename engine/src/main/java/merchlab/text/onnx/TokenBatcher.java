package merchlab.text.onnx;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.TokenizersLibrary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Tokenises texts and groups them into model batches of similar token length, so that little of each batch is padding.
 * Padding is id 0 ({@code [PAD]} in both encoders' vocabularies) with attention mask 0.
 *
 * <p>Padding costs model time in proportion (a batch runs at its longest text's length) and, because the quantised
 * models scale their activations per batch, padding also moves vectors slightly; grouping by length saves both.
 *
 * <p>Each text is tokenised on the calling thread through DJL's tokenizer library, reading back only the token and
 * type ids: {@link HuggingFaceTokenizer#batchEncode} also copies every token string, word id and character span into
 * Java and spreads the work over a thread pool of its own, which competes with the model running on the other cores.
 */
final class TokenBatcher {
    private final HuggingFaceTokenizer tokenizer;
    private final boolean lowerCase;

    /** @param tokenizer a tokenizer that truncates at the model's limit and does not pad */
    TokenBatcher(HuggingFaceTokenizer tokenizer, boolean lowerCase) {
        this.tokenizer = tokenizer;
        this.lowerCase = lowerCase;
    }

    /** Token ids of one text as the model sees them. */
    long[] ids(String text) {
        return tokenise(text)[0];
    }

    /** Token ids and token type ids of one text, special tokens added, truncated as the tokenizer is set up to. */
    private long[][] tokenise(String text) {
        TokenizersLibrary lib = TokenizersLibrary.LIB;
        long encoding = lib.encode(tokenizer.getHandle(), prepare(text), true);
        try {
            return new long[][] {lib.getTokenIds(encoding), lib.getTypeIds(encoding)};
        } finally {
            lib.deleteEncoding(encoding);
        }
    }

    /**
     * Tokenises {@code texts} and splits them, shortest first, into batches of at most {@code maxBatch}
     * texts each; every text lands in exactly one batch, at the row its {@link TokenBatch#positions()} entry names.
     */
    List<TokenBatch> batches(List<String> texts, int maxBatch) {
        long[][][] encodings = new long[texts.size()][][];
        for (int i = 0; i < encodings.length; i++) {
            encodings[i] = tokenise(texts.get(i));
        }
        Integer[] order = new Integer[encodings.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Stable: texts of equal length keep their order, so the same list always gives the same batches.
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i][0].length));
        List<TokenBatch> out = new ArrayList<>((order.length + maxBatch - 1) / maxBatch);
        for (int from = 0; from < order.length; from += maxBatch) {
            out.add(batch(encodings, order, from, Math.min(order.length, from + maxBatch)));
        }
        return out;
    }

    private static TokenBatch batch(long[][][] encodings, Integer[] order, int from, int to) {
        int size = to - from;
        int length = 0;
        for (int k = from; k < to; k++) {
            length = Math.max(length, encodings[order[k]][0].length);
        }
        long[] ids = new long[size * length];
        long[] mask = new long[size * length];
        long[] types = new long[size * length];
        int[] positions = new int[size];
        for (int row = 0; row < size; row++) {
            long[][] e = encodings[order[from + row]];
            int n = e[0].length;
            System.arraycopy(e[0], 0, ids, row * length, n);
            Arrays.fill(mask, row * length, row * length + n, 1);
            System.arraycopy(e[1], 0, types, row * length, n);
            positions[row] = order[from + row];
        }
        return new TokenBatch(ids, mask, types, size, length, positions);
    }

    private String prepare(String text) {
        return lowerCase ? text.toLowerCase(Locale.ROOT) : text;
    }
}
