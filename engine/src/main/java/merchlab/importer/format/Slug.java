package merchlab.importer.format;

import java.text.Normalizer;
import java.util.Locale;

/** A name as a shop writes it in a web address: lower case, letters and digits, words joined by hyphens. */
final class Slug {
    private Slug() {
    }

    /** {@code Classic Tee - Medium / Red} gives {@code classic-tee-medium-red}; letters of any script are kept. */
    static String of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.appendCodePoint(cp);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
