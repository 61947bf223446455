package merchlab.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import merchlab.MerchLabException;
import merchlab.store.EmbeddingStore;
import merchlab.text.TextEncoder;
import merchlab.workspace.Workspace;

/**
 * Text embeddings of search queries, read from the workspace's cache and encoded (then cached) when missing.
 *
 * <p>Queries are keyed by {@link EventLog#normaliseQuery}. The encoder is opened only when a query is missing.
 */
public final class QueryVectors {
    private static final int BATCH = 64;

    private final Workspace workspace;
    private final String encoderName;
    private final Supplier<TextEncoder> encoder;
    private final Map<String, float[]> cache = new HashMap<>();

    /** @param encoder opens the workspace's text encoder when a query has no cached vector; may throw when none is available */
    public QueryVectors(Workspace workspace, String encoderName, Supplier<TextEncoder> encoder) {
        this.workspace = workspace;
        this.encoderName = encoderName;
        this.encoder = encoder;
    }

    /** The vector of one query, encoding it when needed; null for a blank query. */
    public float[] vector(String query) {
        String key = EventLog.normaliseQuery(query);
        if (key == null) {
            return null;
        }
        ensure(List.of(key));
        return cache.get(key);
    }

    /** Makes sure every query has a vector, reading the cache first and encoding the rest in batches. */
    public void ensure(Collection<String> queries) {
        Set<String> missing = new LinkedHashSet<>();
        for (String q : queries) {
            String key = EventLog.normaliseQuery(q);
            if (key != null && !cache.containsKey(key)) {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        readCached(missing);
        missing.removeIf(cache::containsKey);
        if (!missing.isEmpty()) {
            encode(new ArrayList<>(missing));
        }
    }

    private void readCached(Set<String> keys) {
        cache.putAll(new EmbeddingStore(workspace).queries(encoderName, keys));
    }

    private void encode(List<String> keys) {
        TextEncoder enc = encoder.get();
        if (!enc.name().equals(encoderName)) {
            throw new MerchLabException("queries must be encoded with '" + encoderName + "' like the products, not '"
                    + enc.name() + "'");
        }
        List<EmbeddingStore.Entry> entries = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += BATCH) {
            List<String> batch = keys.subList(i, Math.min(keys.size(), i + BATCH));
            List<float[]> vectors = enc.encode(batch);
            for (int j = 0; j < batch.size(); j++) {
                cache.put(batch.get(j), vectors.get(j));
                entries.add(new EmbeddingStore.Entry("query", batch.get(j), batch.get(j).hashCode(), vectors.get(j)));
            }
        }
        new EmbeddingStore(workspace).save(encoderName, entries);
    }
}
