package merchlab.model.intent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.text.Scripts;

/**
 * TF-IDF features of a shopper's message: word unigrams and bigrams and character 2- to 4-grams inside words (a run
 * of Chinese characters counts as one word), with digits folded to {@code #} so order numbers do not become words.
 * Fitted once on training messages (n-grams seen in at least two of them, sub-linear term frequency, smoothed
 * inverse document frequency, L2-normalised rows) and applied identically at training and answering time.
 */
public final class MessageNgrams {
    /** The most n-grams kept, the most frequent first. */
    static final int MAX_FEATURES = 40_000;
    /** Characters of a message read; the rest is ignored. */
    public static final int MAX_CHARS = 2_000;

    private final Map<String, Integer> index;
    private final float[] idf;

    private MessageNgrams(Map<String, Integer> index, float[] idf) {
        this.index = index;
        this.idf = idf;
    }

    /** A sparse row: feature indexes and their values. */
    public record Row(int[] features, float[] values) {
    }

    /** Fits the vocabulary and document frequencies on training messages. */
    public static MessageNgrams fit(List<String> messages) {
        Map<String, Integer> df = new HashMap<>();
        for (String m : messages) {
            for (String g : new java.util.HashSet<>(grams(m))) {
                df.merge(g, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>(df.entrySet().stream().filter(e -> e.getValue() >= 2)
                .toList());
        kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        if (kept.size() > MAX_FEATURES) {
            kept = kept.subList(0, MAX_FEATURES);
        }
        kept.sort(Map.Entry.comparingByKey());
        Map<String, Integer> index = new LinkedHashMap<>();
        float[] idf = new float[kept.size()];
        int n = messages.size();
        for (Map.Entry<String, Integer> e : kept) {
            idf[index.size()] = (float) (Math.log((1.0 + n) / (1.0 + e.getValue())) + 1);
            index.put(e.getKey(), index.size());
        }
        return new MessageNgrams(index, idf);
    }

    /** Number of features. */
    public int width() {
        return idf.length;
    }

    /** The message's TF-IDF row. */
    public Row row(String message) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String g : grams(message)) {
            Integer f = index.get(g);
            if (f != null) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        int[] features = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] values = new float[features.length];
        double norm = 0;
        for (int i = 0; i < features.length; i++) {
            values[i] = (float) ((1 + Math.log(counts.get(features[i]))) * idf[features[i]]);
            norm += values[i] * values[i];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < values.length; i++) {
            values[i] *= scale;
        }
        return new Row(features, values);
    }

    /** Writes {@code row} densely into {@code out} at {@code offset} (the slots it leaves are zero). */
    public void dense(Row row, float[] out, int offset) {
        Arrays.fill(out, offset, offset + width(), 0f);
        for (int i = 0; i < row.features().length; i++) {
            out[offset + row.features()[i]] = row.values()[i];
        }
    }

    /** The words of a message as the features see them: lower case, digits folded, Chinese runs kept whole. */
    public static List<String> words(String message) {
        String text = message == null ? "" : message;
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean cjk = false;
        for (int cp : text.codePoints().toArray()) {
            boolean isCjk = Scripts.isCjk(cp);
            boolean part = Character.isLetterOrDigit(cp) || cp == '\'';
            if (!part || (word.length() > 0 && isCjk != cjk)) {
                flush(word, out);
            }
            if (part) {
                word.appendCodePoint(Character.isDigit(cp) ? '#' : cp);
                cjk = isCjk;
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString().replaceAll("#+", "#"));
            word.setLength(0);
        }
    }

    static List<String> grams(String message) {
        List<String> words = words(message);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            out.add("w:" + w);
            if (i + 1 < words.size()) {
                out.add("b:" + w + " " + words.get(i + 1));
            }
            String padded = " " + w + " ";
            int[] cps = padded.codePoints().toArray();
            for (int n = 2; n <= 4; n++) {
                for (int s = 0; s + n <= cps.length; s++) {
                    out.add("c:" + new String(cps, s, n));
                }
            }
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(idf.length);
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeFloat(idf[e.getValue()]);
        }
    }

    static MessageNgrams read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Integer> index = new LinkedHashMap<>();
        float[] idf = new float[n];
        for (int i = 0; i < n; i++) {
            index.put(in.readUTF(), i);
            idf[i] = in.readFloat();
        }
        return new MessageNgrams(index, idf);
    }
}
