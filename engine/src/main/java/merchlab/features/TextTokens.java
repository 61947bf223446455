package merchlab.features;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits shop text into lower-case words; each Chinese, Japanese or Korean character counts as a word of its own. */
public final class TextTokens {
    private TextTokens() {
    }

    /** The distinct words of {@code text}, in order of first appearance. */
    public static List<String> distinct(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        String t = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (isIdeograph(cp)) {
                flush(word, out);
                out.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else {
                flush(word, out);
            }
        }
        flush(word, out);
        return new ArrayList<>(out);
    }

    private static void flush(StringBuilder word, Set<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isIdeograph(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
