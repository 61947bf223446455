package merchlab.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Embeds shoppers' queries with the workspace's encoder, keeping the most recent ones in a bounded in-memory cache.
 */
public final class QueryEmbedder {
    private final TextEncoder encoder;
    private final Map<String, float[]> cache;
    private long hits;
    private long misses;

    /** @param capacity the most queries kept (least recently used go first) */
    public QueryEmbedder(TextEncoder encoder, int capacity) {
        this.encoder = encoder;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The encoder queries are embedded with. */
    public TextEncoder encoder() {
        return encoder;
    }

    /** The normalised embedding of {@code query} (a fresh copy); blank text gives the zero vector. Thread-safe. */
    public float[] embed(String query) {
        String key = query == null ? "" : query.strip().replaceAll("\\s+", " ");
        float[] v;
        synchronized (cache) {
            v = cache.get(key);
            if (v != null) {
                hits++;
            }
        }
        if (v == null) {
            v = encoder.encode(key);
            synchronized (cache) {
                misses++;
                cache.put(key, v);
            }
        }
        return v.clone();
    }

    /** Queries answered from the cache. */
    public long hits() {
        synchronized (cache) {
            return hits;
        }
    }

    /** Queries that had to be embedded. */
    public long misses() {
        synchronized (cache) {
            return misses;
        }
    }
}
