package merchlab.text;

/**
 * Writing-system detection: which characters are Chinese, Japanese or Korean (CJK) and how much of a text is CJK.
 */
public final class Scripts {
    private Scripts() {
    }

    /** True for Han ideographs, kana and hangul: the characters a CJK encoder is needed for. */
    public static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    /** True when the text contains at least one CJK character. */
    public static boolean containsCjk(CharSequence text) {
        return text != null && text.codePoints().anyMatch(Scripts::isCjk);
    }

    /** Counts of CJK and other letter-or-digit characters, to be summed over many texts. */
    public record Counts(long cjk, long other) {
        public static final Counts ZERO = new Counts(0, 0);

        public Counts plus(Counts o) {
            return new Counts(cjk + o.cjk, other + o.other);
        }

        /** CJK characters as a share of all letters and digits; 0 for text without any. */
        public double cjkShare() {
            long all = cjk + other;
            return all == 0 ? 0 : (double) cjk / all;
        }
    }

    /** Counts the CJK and other letters and digits of a text; punctuation and spaces are ignored. */
    public static Counts count(CharSequence text) {
        if (text == null) {
            return Counts.ZERO;
        }
        long cjk = 0;
        long other = 0;
        for (int cp : text.codePoints().toArray()) {
            if (isCjk(cp)) {
                cjk++;
            } else if (Character.isLetterOrDigit(cp)) {
                other++;
            }
        }
        return new Counts(cjk, other);
    }

    /** CJK characters as a share of the letters and digits of one text. */
    public static double cjkShare(CharSequence text) {
        return count(text).cjkShare();
    }
}
