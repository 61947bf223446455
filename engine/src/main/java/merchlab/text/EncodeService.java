package merchlab.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.catalog.Product;
import merchlab.store.EmbeddingStore;
import merchlab.store.ProductStore;
import merchlab.workspace.Workspace;
import merchlab.workspace.WriterLock;

/**
 * Embeds a workspace's products with its encoder, in batches on all cores, caching the vectors in the workspace so that
 * only new or changed products are embedded again.
 */
public final class EncodeService {
    /**
     * Most texts per encoder call. The encoder sorts each call's texts by token count before it batches them for the
     * model, so larger calls mean less padding (measured on 4,000 product titles: 8% padding at 64 texts per call,
     * 2.4% at 256).
     */
    public static final int BATCH = 256;

    /** Fewest texts per encoder call, unless fewer are left. */
    static final int MIN_BATCH = 32;

    private final Workspace workspace;
    private final Function<String, TextEncoder> encoders;
    private final EncoderChoice choice;
    private final int threads;

    /**
     * @param encoders opens an encoder by name with one ONNX Runtime thread per call, for example {@link Encoders#open(String)}
     * @param threads  batches embedded at once (the number of cores to use)
     */
    public EncodeService(Workspace workspace, Function<String, TextEncoder> encoders, EncoderChoice choice, int threads) {
        this.workspace = workspace;
        this.encoders = encoders;
        this.choice = choice;
        this.threads = Math.max(1, threads);
    }

    /** An encode service with the real encoders, the measured auto-choice rule and every available core. */
    public static EncodeService create(Workspace workspace) {
        return new EncodeService(workspace, Encoders::open, EncoderChoice.DEFAULT,
                Runtime.getRuntime().availableProcessors());
    }

    /** A product's id with the text the encoder sees and its hash. */
    record ProductItem(String id, String text, long hash) {
    }

    /**
     * Embeds what is missing or stale for the encoders {@code requested} calls for ({@code auto}, {@code en}, {@code zh}
     * or {@code both}, see {@link EncoderChoice#resolveAll}) and records them as the workspace's, the main one first;
     * cancelling keeps the batches already stored.
     */
    public EncodeReport encode(String requested, EncodeListener listener, CancelToken cancel) {
        long start = System.nanoTime();
        List<ProductItem> items = new ArrayList<>();
        Scripts.Counts[] counts = {Scripts.Counts.ZERO, Scripts.Counts.ZERO};
        new ProductStore(workspace).forEach(p -> {
            String text = ProductText.compose(p);
            Scripts.Counts letters = Scripts.count(text);
            counts[0] = counts[0].plus(letters);
            counts[1] = counts[1].plus(letters.cjk() > 0 ? new Scripts.Counts(1, 0) : new Scripts.Counts(0, 1));
            items.add(new ProductItem(p.id(), text, TextHash.of(text)));
        });
        boolean automatic = requested == null || requested.strip().equalsIgnoreCase(Encoders.AUTO);
        List<String> encoders = choice.resolveAll(requested, counts[0], counts[1], SearchLanguages.of(workspace));
        EmbeddingStore store = new EmbeddingStore(workspace);
        try (WriterLock lock = workspace.lockForWriting()) {
            int empty = (int) items.stream().filter(i -> i.text().isBlank()).count();
            if (empty > 0) {
                listener.warning(empty + " product(s) have no text and get the zero vector");
            }
            workspace.putMeta(EmbeddingStore.ENCODER_SETTING, encoders.get(0));
            workspace.putMeta(EmbeddingStore.SEARCH_ENCODERS_SETTING, String.join(",", encoders));
            int embedded = 0;
            int removed = 0;
            Map<String, Double> seconds = new LinkedHashMap<>();
            for (String encoder : encoders) {
                long began = System.nanoTime();
                Map<String, Long> cached = store.hashes(encoder, "product");
                Set<String> ids = new HashSet<>();
                List<ProductItem> todo = new ArrayList<>();
                for (ProductItem item : items) {
                    ids.add(item.id());
                    Long hash = cached.get(item.id());
                    if (hash == null || hash != item.hash()) {
                        todo.add(item);
                    }
                }
                List<String> gone = cached.keySet().stream().filter(k -> !ids.contains(k)).toList();
                removed += gone.isEmpty() ? 0 : store.delete(encoder, "product", gone);
                listener.progress(0, todo.size());
                // Similar lengths in one batch means less padding: faster, and vectors closer to those of single texts.
                todo.sort(java.util.Comparator.comparingInt((ProductItem i) -> i.text().length()).thenComparing(ProductItem::id));
                if (!todo.isEmpty()) {
                    embed(encoder, todo, store, listener, cancel);
                }
                embedded += todo.size();
                seconds.put(encoder, (System.nanoTime() - began) / 1e9);
            }
            return new EncodeReport(encoders.get(0), automatic, counts[0].cjkShare(), items.size(), embedded,
                    items.size() * encoders.size() - embedded, removed, empty, (System.nanoTime() - start) / 1e9,
                    encoders, seconds);
        }
    }

    private void embed(String encoderName, List<ProductItem> todo, EmbeddingStore store, EncodeListener listener,
                       CancelToken cancel) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "merchlab-encode");
            t.setDaemon(true);
            return t;
        });
        try (TextEncoder encoder = encoders.apply(encoderName)) {
            Deque<Future<List<EmbeddingStore.Entry>>> running = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            int size = callSize(todo.size(), threads);
            while (next < todo.size() || !running.isEmpty()) {
                while (next < todo.size() && running.size() < threads * 2 && !cancel.isCancelled()) {
                    List<ProductItem> batch = todo.subList(next, Math.min(todo.size(), next + size));
                    running.add(pool.submit(() -> embedBatch(encoder, batch)));
                    next += batch.size();
                }
                if (running.isEmpty()) {
                    break;
                }
                List<EmbeddingStore.Entry> entries = await(running.poll());
                store.save(encoderName, entries);
                done += entries.size();
                listener.progress(done, todo.size());
            }
            cancel.check();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Texts per encoder call: {@link #BATCH}, or less so that each thread gets at least 8 calls (progress, cancelling).
     * The quantised encoders scale activations per call, so a vector depends slightly on the texts it was embedded with:
     * a batch job that forms the same calls (texts sorted by length then id, this many each) gets the same vectors.
     */
    public static int callSize(int texts, int threads) {
        return Math.max(MIN_BATCH, Math.min(BATCH, (texts + threads * 8 - 1) / (threads * 8)));
    }

    private static List<EmbeddingStore.Entry> embedBatch(TextEncoder encoder, List<ProductItem> batch) {
        List<float[]> vectors = encoder.encode(batch.stream().map(ProductItem::text).toList());
        List<EmbeddingStore.Entry> entries = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            entries.add(new EmbeddingStore.Entry("product", batch.get(i).id(), batch.get(i).hash(), vectors.get(i)));
        }
        return entries;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MerchLabException("encoding was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MerchLabException m) {
                throw m;
            }
            throw new MerchLabException("encoding failed: " + e.getCause(), e.getCause());
        }
    }
}
