package merchlab.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny deterministic stand-in encoder for tests: each word adds a hashed direction; counts what it encodes. */
public final class HashingEncoder implements TextEncoder {
    private final String name;
    private final int dimension;
    public final AtomicInteger encoded = new AtomicInteger();

    public HashingEncoder(String name, int dimension) {
        this.name = name;
        this.dimension = dimension;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        List<float[]> out = new ArrayList<>();
        for (String t : texts) {
            encoded.incrementAndGet();
            float[] v = new float[dimension];
            for (String w : t.toLowerCase().split("\\W+")) {
                if (!w.isEmpty()) {
                    v[Math.floorMod(w.hashCode(), dimension)] += 1;
                }
            }
            out.add(Vectors.normalise(v));
        }
        return out;
    }

    @Override
    public void close() {
    }
}
