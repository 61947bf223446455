package merchlab.ui.service;

import java.util.function.Function;
import merchlab.search.ProductSearch;
import merchlab.service.IntentRecogniser;
import merchlab.service.ServiceEvaluation;
import merchlab.service.ShopperService;
import merchlab.store.EmbeddingStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.TextEncoder;
import merchlab.workspace.Workspace;

/**
 * The open intent model, product search and shopper service of the Service section, kept between messages and
 * reopened when the workspace, its data or the chosen model change. Used by background jobs only, one at a time
 * (each holds the lock while it works).
 */
final class ServiceSession implements AutoCloseable {
    private final Function<String, TextEncoder> encoders;
    private final Function<Workspace, ProductSearch> searches;
    private Workspace workspace;
    private long version;
    private String model;
    private IntentRecogniser recogniser;
    private ProductSearch search;
    private ShopperService service;

    ServiceSession(Function<String, TextEncoder> encoders, Function<Workspace, ProductSearch> searches) {
        this.encoders = encoders;
        this.searches = searches;
    }

    /**
     * The service of {@code ws} at data version {@code dataVersion} with the intent model {@code name} (the newest when
     * null), opened when not open yet; hold the lock.
     */
    ShopperService service(Workspace ws, long dataVersion, String name) {
        boolean stale = workspace != ws || version != dataVersion || (name != null && !name.equals(model));
        if (service != null && stale) {
            close();
        }
        if (service == null) {
            ModelStore store = new ModelStore(ws);
            SavedModel saved = name == null ? ServiceEvaluation.newest(store) : store.load(name);
            recogniser = IntentRecogniser.open(saved, encoders);
            try {
                search = new EmbeddingStore(ws).encoders().isEmpty() ? null : searches.apply(ws);
                service = ShopperService.open(ws, recogniser, search);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            workspace = ws;
            version = dataVersion;
            model = saved.name();
        }
        return service;
    }

    /** The name of the open intent model. */
    String model() {
        return model;
    }

    /** Whether products are linked by the product search (else by id only). */
    boolean searches() {
        return search != null;
    }

    /** Closes what is open; hold the lock. */
    @Override
    public void close() {
        try {
            if (recogniser != null) {
                recogniser.close();
            }
        } finally {
            if (search != null) {
                search.close();
            }
            recogniser = null;
            search = null;
            service = null;
            workspace = null;
        }
    }
}
