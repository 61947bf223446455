package merchlab.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeds shoppers' queries with the workspace's encoder, keeping the most recent ones in a bounded in-memory cache.
 * Thread-safe.
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

    /** The normalised embedding of {@code query} (a fresh copy); blank text gives the zero vector. */
    public float[] embed(String query) {
        String key = key(query);
        float[] v;
        synchronized (cache) {
            v = cache.get(key);
            if (v != null) {
                hits++;
                return v.clone();
            }
        }
        v = encoder.encode(key);
        synchronized (cache) {
            misses++;
            cache.put(key, v);
        }
        return v.clone();
    }

    /**
     * Embeds many queries at once, for example every query of a behaviour log: those not cached are encoded in
     * batches of {@code batch}. Returns fresh copies in input order.
     */
    public List<float[]> embedAll(List<String> queries, int batch) {
        List<String> keys = queries.stream().map(QueryEmbedder::key).toList();
        Map<String, float[]> found = new HashMap<>();
        synchronized (cache) {
            for (String k : keys) {
                float[] v = cache.get(k);
                if (v != null) {
                    found.put(k, v);
                }
            }
        }
        List<String> missing = keys.stream().distinct().filter(k -> !found.containsKey(k)).toList();
        int step = Math.max(1, batch);
        for (int from = 0; from < missing.size(); from += step) {
            List<String> part = missing.subList(from, Math.min(missing.size(), from + step));
            List<float[]> vectors = encoder.encode(part);
            for (int i = 0; i < part.size(); i++) {
                found.put(part.get(i), vectors.get(i));
            }
        }
        synchronized (cache) {
            misses += missing.size();
            hits += keys.size() - missing.size();
            for (String k : missing) {
                cache.put(k, found.get(k));
            }
        }
        List<float[]> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            out.add(found.get(k).clone());
        }
        return out;
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

    private static String key(String query) {
        return query == null ? "" : query.strip().replaceAll("\\s+", " ");
    }
}
