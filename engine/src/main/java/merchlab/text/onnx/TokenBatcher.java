package merchlab.text.onnx;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
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
        return tokenizer.encode(prepare(text)).getIds();
    }

    /**
     * Tokenises {@code texts} in one call and splits them, shortest first, into batches of at most {@code maxBatch}
     * texts each; every text lands in exactly one batch, at the row its {@link TokenBatch#positions()} entry names.
     */
    List<TokenBatch> batches(List<String> texts, int maxBatch) {
        List<String> prepared = new ArrayList<>(texts.size());
        for (String t : texts) {
            prepared.add(prepare(t));
        }
        Encoding[] encodings = tokenizer.batchEncode(prepared);
        Integer[] order = new Integer[encodings.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Stable: texts of equal length keep their order, so the same list always gives the same batches.
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
        List<TokenBatch> out = new ArrayList<>((order.length + maxBatch - 1) / maxBatch);
        for (int from = 0; from < order.length; from += maxBatch) {
            out.add(batch(encodings, order, from, Math.min(order.length, from + maxBatch)));
        }
        return out;
    }

    private static TokenBatch batch(Encoding[] encodings, Integer[] order, int from, int to) {
        int size = to - from;
        int length = 0;
        for (int k = from; k < to; k++) {
            length = Math.max(length, encodings[order[k]].getIds().length);
        }
        long[] ids = new long[size * length];
        long[] mask = new long[size * length];
        long[] types = new long[size * length];
        int[] positions = new int[size];
        for (int row = 0; row < size; row++) {
            Encoding e = encodings[order[from + row]];
            int n = e.getIds().length;
            System.arraycopy(e.getIds(), 0, ids, row * length, n);
            System.arraycopy(e.getAttentionMask(), 0, mask, row * length, n);
            System.arraycopy(e.getTypeIds(), 0, types, row * length, n);
            positions[row] = order[from + row];
        }
        return new TokenBatch(ids, mask, types, size, length, positions);
    }

    private String prepare(String text) {
        return lowerCase ? text.toLowerCase(Locale.ROOT) : text;
    }
}
