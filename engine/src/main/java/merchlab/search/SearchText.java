package merchlab.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import merchlab.text.Scripts;

/**
 * Analyses text for the full-text index: lower-cased words for alphabetic scripts (letters and digits apart, so
 * "iPhone13" meets "iphone 13"), and for Chinese (which has no spaces)
 * single characters plus overlapping character pairs, so that any two-character word of a title can be found.
 */
public final class SearchText {
    /** Bumped whenever analysis changes, so that indexes built by older code are rebuilt. */
    public static final int VERSION = 1;

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "for", "of", "with", "in", "on",
            "to", "by", "or", "my", "me", "i", "some", "any", "is", "are", "that", "this", "的", "和");

    private SearchText() {
    }

    /** Whether a lower-cased word is one of the words a query search skips ("the", "for", "with", ...). */
    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** Tokens stored for a product field: words, and for each CJK run its characters and its character pairs. */
    public static List<String> documentTokens(String text) {
        List<String> out = new ArrayList<>();
        for (Run run : runs(text)) {
            if (!run.cjk()) {
                out.add(run.text());
                continue;
            }
            int[] cps = run.text().codePoints().toArray();
            for (int cp : cps) {
                out.add(new String(Character.toChars(cp)));
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                out.add(new String(cps, i, 2));
            }
        }
        return out;
    }

    /** A product field as stored in the index: its document tokens joined by spaces. */
    public static String document(String text) {
        return String.join(" ", documentTokens(text));
    }

    /**
     * Tokens looked up for a query, each once in order of first appearance: words other than stop words, and for each
     * CJK run its character pairs (a run of one character is looked up as that character).
     */
    public static List<String> queryTokens(String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Run run : runs(text)) {
            if (!run.cjk()) {
                if (!STOP_WORDS.contains(run.text())) {
                    out.add(run.text());
                }
                continue;
            }
            int[] cps = run.text().codePoints().toArray();
            if (cps.length == 1) {
                out.add(run.text());
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                out.add(new String(cps, i, 2));
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * An FTS5 query matching any of the query's distinct tokens (BM25 then ranks products matching more and rarer
     * tokens first); empty when the query has no searchable token. Callers bound the query with {@link QueryLimits}.
     */
    public static String matchExpression(String query) {
        List<String> tokens = queryTokens(query);
        List<String> quoted = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            quoted.add('"' + t.replace("\"", "\"\"") + '"');
        }
        return String.join(" OR ", quoted);
    }

    /** A maximal stretch of letters and digits of one kind: CJK, or anything else. */
    record Run(String text, boolean cjk) {
    }

    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null) {
            return runs;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder current = new StringBuilder();
        boolean currentCjk = false;
        boolean currentDigit = false;
        for (int cp : lower.codePoints().toArray()) {
            boolean cjk = Scripts.isCjk(cp);
            boolean word = cjk || Character.isLetterOrDigit(cp);
            boolean digit = Character.isDigit(cp);
            if (!word || (current.length() > 0 && (cjk != currentCjk || (!cjk && digit != currentDigit)))) {
                flush(runs, current, currentCjk);
            }
            if (word) {
                current.appendCodePoint(cp);
                currentCjk = cjk;
                currentDigit = digit;
            }
        }
        flush(runs, current, currentCjk);
        return runs;
    }

    private static void flush(List<Run> runs, StringBuilder current, boolean cjk) {
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), cjk));
            current.setLength(0);
        }
    }
}
