package merchlab.text;

import java.util.Locale;

/**
 * Chooses a workspace's encoder from the share of CJK characters in its catalog text.
 *
 * <p>The Chinese model (bge-small-zh) reads English too, while the English model (MiniLM) turns every Chinese
 * character into an unknown token; so a catalog with a noticeable share of Chinese goes to {@code zh}. The threshold
 * was measured on a mixed-language shop (see BENCHMARKS.md).
 *
 * @param threshold the CJK share at or above which {@code zh} is chosen
 */
public record EncoderChoice(double threshold) {
    /**
     * The measured default: a catalog with at least 6% CJK letters is encoded with {@code zh}. On the generated
     * bilingual shop {@code zh} loses a little NDCG on English queries and gains a lot on Chinese ones; they break even
     * at about 18% Chinese products, which is about 6% of the letters (Chinese titles are short in characters).
     */
    public static final EncoderChoice DEFAULT = new EncoderChoice(0.06);

    /** The encoder for a catalog whose letters and digits have the given counts. */
    public String choose(Scripts.Counts counts) {
        return counts.cjkShare() >= threshold ? "zh" : "en";
    }

    /** Resolves a requested encoder: {@code auto} is decided from {@code counts}; any other name is checked and kept. */
    public String resolve(String requested, Scripts.Counts counts) {
        String r = requested == null ? Encoders.AUTO : requested.strip().toLowerCase(Locale.ROOT);
        if (r.equals(Encoders.AUTO)) {
            return choose(counts);
        }
        return Encoders.spec(r).name();
    }
}
