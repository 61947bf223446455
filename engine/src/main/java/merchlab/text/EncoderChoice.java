package merchlab.text;

import java.util.ArrayList;
import java.util.List;
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

    /** The least share of products, or of logged searches, written in the other script that makes a shop bilingual. */
    public static final double BILINGUAL_SHARE = 0.05;

    /** The name that asks for both encoders. */
    public static final String BOTH = "both";

    /**
     * The encoders to embed a catalog with, the workspace's main one first: {@code en} or {@code zh} alone as asked;
     * {@code both} (or {@code en,zh}) the one the catalog's letters call for, then the other; {@code auto} the one the
     * letters call for, plus the other when the shop is bilingual: at least {@link #BILINGUAL_SHARE} of the products,
     * or of the logged searches, are written in the script the first encoder does not read well (Chinese for
     * {@code en}, Latin-only for {@code zh}).
     *
     * @param letters  CJK and other letters of the catalog text
     * @param products products with CJK in their text ({@code cjk}) and without ({@code other})
     * @param searches logged searches with CJK in their query and without
     */
    public List<String> resolveAll(String requested, Scripts.Counts letters, Scripts.Counts products,
                                   Scripts.Counts searches) {
        String r = requested == null ? Encoders.AUTO : requested.strip().toLowerCase(Locale.ROOT);
        String main = choose(letters);
        String other = main.equals("zh") ? "en" : "zh";
        if (r.equals(BOTH) || r.replace(" ", "").equals("en,zh") || r.replace(" ", "").equals("zh,en")) {
            return List.of(main, other);
        }
        if (!r.equals(Encoders.AUTO)) {
            return List.of(resolve(r, letters));
        }
        List<String> out = new ArrayList<>(List.of(main));
        if (otherShare(main, products) >= BILINGUAL_SHARE || otherShare(main, searches) >= BILINGUAL_SHARE) {
            out.add(other);
        }
        return List.copyOf(out);
    }

    /** The share of items written in the script encoder {@code main} does not read well. */
    private static double otherShare(String main, Scripts.Counts items) {
        long all = items.cjk() + items.other();
        if (all == 0) {
            return 0;
        }
        return (double) (main.equals("zh") ? items.other() : items.cjk()) / all;
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
