package merchlab.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import merchlab.features.CatalogVectors;
import merchlab.features.ShopCatalog;
import merchlab.text.ProductVectors;

/**
 * An executor's state for the job it serves: the catalog and its vectors, built once per executor JVM from the
 * broadcast {@link VectorTable}, and the models its task threads use, one per thread at a time (models are not
 * thread-safe), handed back after each partition for the next one. A later job (another key) starts afresh.
 */
final class ExecutorShop {
    private static String key;
    private static Shop shop;
    private static final Deque<AutoCloseable> IDLE = new ArrayDeque<>();

    /** The catalog with its vectors: read-only, shared by the executor's threads. */
    record Shop(ShopCatalog catalog, ProductVectors products, CatalogVectors vectors) {
    }

    private ExecutorShop() {
    }

    /** The shop of job {@code jobKey}, built on the executor's first partition of that job. */
    static synchronized Shop shop(String jobKey, VectorTable table) {
        if (!jobKey.equals(key)) {
            IDLE.forEach(ExecutorShop::close);
            IDLE.clear();
            ShopCatalog catalog = table.catalog();
            ProductVectors products = table.vectors();
            shop = new Shop(catalog, products, new CatalogVectors(catalog, products));
            key = jobKey;
        }
        return shop;
    }

    /** A model (or scorer) of job {@code jobKey} no thread is using, else a new one from {@code open}. */
    @SuppressWarnings("unchecked")
    static <T extends AutoCloseable> T borrow(String jobKey, Supplier<T> open) {
        synchronized (ExecutorShop.class) {
            if (jobKey.equals(key) && !IDLE.isEmpty()) {
                return (T) IDLE.pop();
            }
        }
        return open.get();
    }

    /** Hands a model back for the job's next partition (closed when the job is no longer this executor's). */
    static synchronized void giveBack(String jobKey, AutoCloseable model) {
        if (jobKey.equals(key)) {
            IDLE.push(model);
        } else {
            close(model);
        }
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // native memory of a finished job's model: nothing a later job can do about it
        }
    }
}
