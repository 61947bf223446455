package merchlab.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import merchlab.importer.read.CsvReader;
import merchlab.importer.read.RowProblem;

/**
 * English words by their Chinese translations, read from ECDICT (an English-Chinese dictionary of 770,000 entries,
 * shipped on Maven Central as {@code com.codeinchinese:english-chinese-dictionary}): for a Chinese word such as 凉鞋, the
 * English words whose translation lists it (sandal, sandals), each with the position of that sense in its entry (the
 * first sense is the main one) and how common the English word is. Plural and hyphenated forms are folded into one word
 * ("dresses" into "dress", "picture-frame" into "picture frame").
 *
 * <p>Read once per process, on first use (seconds; about 500,000 Chinese terms, kept packed in sorted arrays).
 * Without the dictionary on the class path the lexicon is empty and Chinese queries are searched as they are.
 */
public final class Lexicon {
    /** The dictionary's file inside its jar. */
    static final String RESOURCE = "/ecdict.csv";
    /** Longest Chinese term kept, in characters. */
    static final int MAX_TERM = 6;
    /** Sense positions count up to this; later senses share it. */
    static final int MAX_SENSE = 15;
    /** Frequency ranks at or above this count as rare (prior 0). */
    private static final double RARE_RANK = 60_000;

    private static final Pattern HEADWORD = Pattern.compile("[a-z][a-z' -]*");

    /** An English word for a Chinese term: its sense's position in the word's entry and how common the word is. */
    public record Sense(String word, int position, double commonness) {
    }

    /** The English words, one after another, and where each starts. */
    private final String wordText;
    private final int[] wordStart;
    private final float[] commonness;
    /** The Chinese terms, sorted; the senses of term i are {@code senses[termStart[i]..termStart[i + 1])}. */
    private final String[] terms;
    private final int[] termStart;
    /** Packed senses: word index times 32 plus position. */
    private final int[] senses;

    private Lexicon(String wordText, int[] wordStart, float[] commonness, String[] terms, int[] termStart, int[] senses) {
        this.wordText = wordText;
        this.wordStart = wordStart;
        this.commonness = commonness;
        this.terms = terms;
        this.termStart = termStart;
        this.senses = senses;
    }

    private static final class Holder {
        static final Lexicon ENGLISH = load();
    }

    /** The English words of ECDICT by their Chinese terms; empty when the dictionary is not on the class path. */
    public static Lexicon english() {
        return Holder.ENGLISH;
    }

    private static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            return read(in == null ? InputStream.nullInputStream() : in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English-Chinese dictionary", e);
        }
    }

    /** Collects entries, then packs them into sorted arrays. */
    private static final class Builder {
        final Map<String, Integer> wordIds = new HashMap<>();
        final StringBuilder wordText = new StringBuilder();
        int[] wordStart = new int[1 << 16];
        float[] commonness = new float[1 << 16];
        final Map<String, Integer> termIds = new HashMap<>();
        long[] entries = new long[1 << 16];
        int entryCount;

        int word(String w) {
            return wordIds.computeIfAbsent(w, k -> {
                int id = wordIds.size();
                if (id + 1 >= wordStart.length) {
                    wordStart = Arrays.copyOf(wordStart, wordStart.length * 2);
                    commonness = Arrays.copyOf(commonness, commonness.length * 2);
                }
                wordStart[id] = wordText.length();
                wordText.append(k);
                wordStart[id + 1] = wordText.length();
                return id;
            });
        }

        void sense(String term, int word, int position) {
            int t = termIds.computeIfAbsent(term, k -> termIds.size());
            if (entryCount == entries.length) {
                entries = Arrays.copyOf(entries, entries.length * 2);
            }
            entries[entryCount++] = (long) t << 32 | (long) word << 5 | position;
        }

        Lexicon build() {
            String[] terms = termIds.keySet().toArray(String[]::new);
            Arrays.sort(terms);
            int[] order = new int[terms.length];
            for (int i = 0; i < terms.length; i++) {
                order[termIds.get(terms[i])] = i;
            }
            long[] sorted = new long[entryCount];
            for (int i = 0; i < entryCount; i++) {
                long e = entries[i];
                sorted[i] = (long) order[(int) (e >>> 32)] << 32 | (e & 0xFFFF_FFFFL);
            }
            Arrays.sort(sorted);
            int[] termStart = new int[terms.length + 1];
            int[] senses = new int[entryCount];
            int n = 0;
            long previous = -1;
            for (long e : sorted) {
                if (previous >= 0 && e >>> 5 == previous >>> 5) {
                    continue; // the same term and word again: the first has the smaller position
                }
                senses[n++] = (int) (e & 0xFFFF_FFFFL);
                termStart[(int) (e >>> 32) + 1] = n;
                previous = e;
            }
            for (int i = 1; i <= terms.length; i++) {
                termStart[i] = Math.max(termStart[i], termStart[i - 1]);
            }
            int words = wordIds.size();
            return new Lexicon(wordText.toString(), Arrays.copyOf(wordStart, words + 1), Arrays.copyOf(commonness, words),
                    terms, termStart, Arrays.copyOf(senses, n));
        }
    }

    /** Reads ECDICT's CSV: word, phonetic, definition, translation, pos, collins, oxford, tag, bnc, frq, ... */
    static Lexicon read(InputStream in) throws IOException {
        Builder b = new Builder();
        try (CsvReader csv = new CsvReader(in, ',', true)) {
            boolean header = true;
            while (csv.next()) {
                if (header || csv.problem() != null || csv.size() < 10) {
                    header = false;
                    continue;
                }
                try {
                    String headword = csv.text(0, "word");
                    String translation = csv.textOrNull(3, "translation");
                    if (translation == null || !HEADWORD.matcher(headword).matches() || spaces(headword) > 2) {
                        continue;
                    }
                    int id = b.word(fold(lemma(headword, csv.size() > 10 ? csv.textOrNull(10, "exchange") : null)));
                    double common = Math.max(prior(csv.plainWhole(8)), prior(csv.plainWhole(9)));
                    b.commonness[id] = (float) Math.max(b.commonness[id], common);
                    addSenses(translation, id, b);
                } catch (RowProblem e) {
                    // a malformed entry is skipped
                }
            }
        }
        return b.build();
    }

    /**
     * Adds each Chinese term of a translation ("n. 凉鞋；便鞋\\n[网络] 拖鞋") with its sense position, in one pass: lines
     * are separated by a literal backslash-n, terms by commas, semicolons, slashes and enumeration commas; asides in
     * brackets are skipped; a part-of-speech label before a term is dropped; a term with anything but Chinese
     * characters is not kept. Web senses ("[网络]") rank three places lower.
     */
    private static void addSenses(String translation, int word, Builder b) {
        StringBuilder term = new StringBuilder();
        int position = 0;
        int offset = translation.startsWith("[网络]") ? 3 : 0;
        boolean mixed = false;
        int depth = 0;
        int n = translation.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? translation.charAt(i) : ',';
            boolean lineEnd = c == '\\' && i + 1 < n && translation.charAt(i + 1) == 'n';
            if (depth > 0 && !lineEnd) {
                depth += opens(c) ? 1 : closes(c) ? -1 : 0;
            } else if (opens(c)) {
                depth = 1;
            } else if (lineEnd || isSeparator(c)) {
                String t = adjectiveStem(term.toString());
                if (!mixed && !t.isEmpty() && t.length() <= MAX_TERM) {
                    b.sense(t, word, Math.min(MAX_SENSE, position + offset));
                    position++;
                }
                term.setLength(0);
                mixed = false;
                depth = 0;
                if (lineEnd) {
                    i++;
                    offset = translation.startsWith("[网络]", i + 1) ? 3 : 0;
                }
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                term.append(c);
            } else if (Character.isWhitespace(c)) {
                if (term.isEmpty()) {
                    mixed = false; // a part-of-speech label ("n.", "vt.") before the term
                }
            } else {
                mixed = true;
            }
        }
    }

    private static boolean opens(char c) {
        return c == '(' || c == '（' || c == '[' || c == '<';
    }

    private static boolean closes(char c) {
        return c == ')' || c == '）' || c == ']' || c == '>';
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '，' || c == ';' || c == '；' || c == '、' || c == '/';
    }

    /** A term without the adjective ending 的 ("防水的" as "防水"), when something is left. */
    private static String adjectiveStem(String term) {
        return term.length() > 2 && term.endsWith("的") ? term.substring(0, term.length() - 1) : term;
    }

    /** The English words whose translation lists {@code term}, in no particular order. */
    public List<Sense> senses(String term) {
        int t = Arrays.binarySearch(terms, term);
        if (t < 0) {
            return List.of();
        }
        List<Sense> out = new ArrayList<>(termStart[t + 1] - termStart[t]);
        for (int i = termStart[t]; i < termStart[t + 1]; i++) {
            int w = senses[i] >>> 5;
            out.add(new Sense(wordText.substring(wordStart[w], wordStart[w + 1]), senses[i] & 31, commonness[w]));
        }
        return out;
    }

    /** Whether some English word translates to {@code term}. */
    public boolean knows(String term) {
        return Arrays.binarySearch(terms, term) >= 0;
    }

    /** The known terms starting with {@code first}. */
    List<String> termsStartingWith(char first) {
        int from = insertionPoint(String.valueOf(first));
        int to = insertionPoint(String.valueOf((char) (first + 1)));
        return Arrays.asList(terms).subList(from, to);
    }

    private int insertionPoint(String key) {
        int i = Arrays.binarySearch(terms, key);
        return i >= 0 ? i : -i - 1;
    }

    /** How many Chinese terms the lexicon holds. */
    public int size() {
        return terms.length;
    }

    /**
     * The word an inflected headword is a form of, from ECDICT's {@code exchange} column ("0:backpack/1:d" for
     * "backpacked"), or the headword itself.
     */
    static String lemma(String headword, String exchange) {
        if (exchange != null) {
            for (String part : exchange.split("/")) {
                if (part.startsWith("0:") && HEADWORD.matcher(part.substring(2)).matches()) {
                    return part.substring(2);
                }
            }
        }
        return headword;
    }

    /** A word lower-cased, hyphens as spaces, without an English plural ending ("Picture-Frames" as "picture frame"). */
    static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
        int last = w.lastIndexOf(' ') + 1;
        return w.substring(0, last) + singular(w.substring(last));
    }

    /**
     * A lower-cased English word without its plural ending ("dresses" as "dress", "shoes" as "shoe", "accessories" as
     * "accessory"); the word itself when it has none. Shared with the catalog's own words.
     */
    public static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** 1 for the commonest words, falling with the log of the frequency rank to 0 for rare or unranked ones. */
    private static double prior(long rank) {
        return rank <= 0 ? 0 : Math.max(0, 1 - Math.log(rank) / Math.log(RARE_RANK));
    }

    private static int spaces(String s) {
        return (int) s.chars().filter(c -> c == ' ').count();
    }
}
