package merchlab.text.onnx;

/**
 * One model call's input: the token ids, attention mask and token type ids of up to {@link OnnxTextEncoder#MAX_BATCH}
 * texts, right-padded with zeros to the longest of them, row-major {@code [size, length]}.
 *
 * @param positions for each row, the index of its text in the list the batch was made from
 */
public record TokenBatch(long[] ids, long[] mask, long[] types, int size, int length, int[] positions) {

    /** Real (unpadded) tokens in the batch. */
    public long realTokens() {
        long n = 0;
        for (long m : mask) {
            n += m;
        }
        return n;
    }
}
