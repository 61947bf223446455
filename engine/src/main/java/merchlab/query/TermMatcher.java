package merchlab.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.text.Scripts;

/**
 * Finds known terms (brands, colours, category words) in text by longest match, the same way for both scripts: text
 * is cut into units (a Latin word, or one CJK character) and a term matches a run of whole units, so "red" is found
 * in "red shoes" but not in "bored", and "耐克" anywhere in "耐克跑步鞋".
 *
 * @param <V> what a term stands for
 */
public final class TermMatcher<V> {
    /** The longest term, in units, that is looked for. */
    private static final int MAX_UNITS = 12;

    private final Map<String, V> terms = new HashMap<>();
    private int longest;

    /** One unit of text and where it lies. */
    public record Unit(String text, int start, int end) {
    }

    /** One term found in a text: its value, the text as written, and its span in characters. */
    public record Found<V>(V value, String surface, int start, int end) {
    }

    /** Adds a term; the first value given for a term wins. Blank terms are ignored. */
    public TermMatcher<V> add(String term, V value) {
        List<Unit> units = units(term);
        if (units.isEmpty() || units.size() > MAX_UNITS) {
            return this;
        }
        terms.putIfAbsent(key(units, 0, units.size()), value);
        longest = Math.max(longest, units.size());
        return this;
    }

    /** True when {@code term} is known. */
    public boolean contains(String term) {
        List<Unit> units = units(term);
        return !units.isEmpty() && terms.containsKey(key(units, 0, units.size()));
    }

    public int size() {
        return terms.size();
    }

    /** Non-overlapping terms in {@code text}, left to right, each the longest known term starting at its unit. */
    public List<Found<V>> findAll(String text) {
        List<Found<V>> found = new ArrayList<>();
        List<Unit> units = units(text);
        int i = 0;
        while (i < units.size()) {
            int matched = 0;
            V value = null;
            for (int n = Math.min(longest, units.size() - i); n >= 1; n--) {
                V v = terms.get(key(units, i, i + n));
                if (v != null) {
                    matched = n;
                    value = v;
                    break;
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            int start = units.get(i).start();
            int end = units.get(i + matched - 1).end();
            found.add(new Found<>(value, text.substring(start, end), start, end));
            i += matched;
        }
        return found;
    }

    /** Cuts text into lower-cased units: runs of Latin letters and digits (lightly stemmed), and single CJK characters. */
    public static List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>();
        if (text == null) {
            return units;
        }
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Scripts.isCjk(cp)) {
                units.add(new Unit(new String(Character.toChars(cp)), i, i + len));
                i += len;
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < text.length()) {
                    int c = text.codePointAt(i);
                    if (!Character.isLetterOrDigit(c) || Scripts.isCjk(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                units.add(new Unit(stem(text.substring(start, i).toLowerCase(Locale.ROOT)), start, i));
            } else {
                i += len;
            }
        }
        return units;
    }

    /** Plural and possessive endings dropped, so "shoes" finds "Shoe" and "jeans" finds "Jean". */
    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The lookup key of units {@code from} to {@code to}: what a term made of exactly those units is stored under. */
    public static String key(List<Unit> units, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(units.get(i).text());
        }
        return b.toString();
    }
}
