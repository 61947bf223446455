package merchlab.eval.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import merchlab.text.TextEncoder;

/**
 * A bag-of-words text encoder by feature hashing (Weinberger et al., ICML 2009): each lower-cased word adds a signed
 * one to a hashed coordinate, and the vector is L2-normalised. Deterministic and dependency-free; it stands in for the
 * pretrained encoder in benchmarks where only word overlap (genres, years) matters.
 */
final class HashingTextEncoder implements TextEncoder {
    private final int dimension;

    HashingTextEncoder(int dimension) {
        this.dimension = dimension;
    }

    @Override
    public String name() {
        return "hashing-" + dimension;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            float[] v = new float[dimension];
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
                if (word.isEmpty()) {
                    continue;
                }
                int h = fnv(word);
                v[Math.floorMod(h, dimension)] += (h >>> 31) == 0 ? 1 : -1;
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            if (norm > 0) {
                float inv = (float) (1 / Math.sqrt(norm));
                for (int i = 0; i < dimension; i++) {
                    v[i] *= inv;
                }
            }
            out.add(v);
        }
        return out;
    }

    private static int fnv(String word) {
        int h = 0x811c9dc5;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 16777619;
        }
        return h;
    }

    @Override
    public void close() {
    }
}
