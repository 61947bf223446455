package merchlab.model.intent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends misspelled words of a shopper's message before the intent model reads it: a Latin-letter word of at least
 * {@value #MIN_LENGTH} letters that the training messages do not use at least twice becomes the most frequent
 * training word one edit away (a letter left out, added, changed, or two neighbours swapped: Damerau's single edit,
 * the edit behind most typing errors); a word with no such neighbour stays as written. Fitted once on the training
 * messages and applied identically at training and answering time, so the frozen encoder, whose word pieces break on
 * a typo ("rtack"), reads the word the shopper meant ("track"). Chinese text and digits are left alone.
 */
public final class MessageSpelling {
    /** Shorter words are left alone: one edit away from a short word lie too many other words. */
    static final int MIN_LENGTH = 4;
    /** A training word used fewer times is not trusted as spelled right. */
    static final int MIN_COUNT = 2;
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+");
    private static final char[] LETTERS = "abcdefghijklmnopqrstuvwxyz".toCharArray();

    private final Map<String, Integer> counts;

    private MessageSpelling(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** The words of the training messages used at least {@value #MIN_COUNT} times, with their counts. */
    public static MessageSpelling fit(List<String> messages) {
        Map<String, Integer> all = new HashMap<>();
        for (String m : messages) {
            Matcher w = WORD.matcher(m);
            while (w.find()) {
                all.merge(w.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        Map<String, Integer> kept = new TreeMap<>();
        all.forEach((word, n) -> {
            if (n >= MIN_COUNT) {
                kept.put(word, n);
            }
        });
        return new MessageSpelling(kept);
    }

    /** Number of words known. */
    public int words() {
        return counts.size();
    }

    /** The messages with their misspelled words mended. */
    public List<String> correct(List<String> messages) {
        return messages.stream().map(this::correct).toList();
    }

    /** The message with its misspelled words mended; everything else, spacing and case included, as written. */
    public String correct(String message) {
        Matcher w = WORD.matcher(message);
        StringBuilder out = null;
        int copied = 0;
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (word.length() < MIN_LENGTH || counts.containsKey(word)) {
                continue;
            }
            String mended = nearest(word);
            if (mended != null) {
                if (out == null) {
                    out = new StringBuilder(message.length() + 8);
                }
                out.append(message, copied, w.start()).append(mended);
                copied = w.end();
            }
        }
        return out == null ? message : out.append(message, copied, message.length()).toString();
    }

    /** The most used known word one edit from {@code word} (ties: the first in alphabetical order), or null. */
    String nearest(String word) {
        String best = null;
        int bestCount = 0;
        StringBuilder b = new StringBuilder(word.length() + 1);
        int n = word.length();
        for (int i = 0; i <= n; i++) {
            if (i < n) { // leave out letter i
                best = better(b.delete(0, b.length()).append(word, 0, i).append(word, i + 1, n), best, bestCount);
                bestCount = best == null ? 0 : counts.get(best);
            }
            if (i + 1 < n) { // swap letters i and i+1
                b.delete(0, b.length()).append(word);
                char t = b.charAt(i);
                b.setCharAt(i, b.charAt(i + 1));
                b.setCharAt(i + 1, t);
                best = better(b, best, bestCount);
                bestCount = best == null ? 0 : counts.get(best);
            }
            for (char c : LETTERS) {
                if (i < n && c != word.charAt(i)) { // change letter i
                    best = better(b.delete(0, b.length()).append(word, 0, i).append(c).append(word, i + 1, n), best,
                            bestCount);
                    bestCount = best == null ? 0 : counts.get(best);
                }
                // add a letter before position i
                best = better(b.delete(0, b.length()).append(word, 0, i).append(c).append(word, i, n), best, bestCount);
                bestCount = best == null ? 0 : counts.get(best);
            }
        }
        return best;
    }

    private String better(CharSequence candidate, String best, int bestCount) {
        String c = candidate.toString();
        Integer n = counts.get(c);
        if (n == null || n < bestCount || (n == bestCount && best != null && c.compareTo(best) >= 0)) {
            return best;
        }
        return c;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    static MessageSpelling read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            counts.put(in.readUTF(), in.readInt());
        }
        return new MessageSpelling(counts);
    }
}
