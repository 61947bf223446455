package merchlab.ui.explore;

import java.util.function.Function;
import merchlab.features.ShopData;
import merchlab.model.ModelKinds;
import merchlab.scoring.ShopExplorer;
import merchlab.search.ProductSearch;
import merchlab.store.ModelStore;
import merchlab.workspace.Workspace;

/**
 * The open models, search index and shop data of the Explore screen, kept between requests and reopened when the
 * workspace or its data change. Used by background jobs only, one at a time (each holds the lock while it works).
 */
final class ExploreSession implements AutoCloseable {
    private final ModelKinds kinds;
    private final Function<Workspace, ShopData> shopData;
    private final Function<Workspace, ProductSearch> search;
    private Workspace workspace;
    private long version;
    private ShopData data;
    private ShopExplorer explorer;

    ExploreSession(ModelKinds kinds, Function<Workspace, ShopData> shopData, Function<Workspace, ProductSearch> search) {
        this.kinds = kinds;
        this.shopData = shopData;
        this.search = search;
    }

    /** The explorer of {@code ws} at data version {@code dataVersion}, opened when not open yet; hold the lock. */
    ShopExplorer explorer(Workspace ws, long dataVersion) {
        if (explorer != null && (workspace != ws || version != dataVersion)) {
            close();
        }
        if (explorer == null) {
            ShopData opened = shopData.apply(ws);
            explorer = new ShopExplorer(opened, kinds, new ModelStore(ws), () -> search.apply(ws));
            data = opened;
            workspace = ws;
            version = dataVersion;
        }
        return explorer;
    }

    /** Closes what is open; hold the lock. */
    @Override
    public void close() {
        try {
            if (explorer != null) {
                explorer.close();
            }
        } finally {
            if (data != null) {
                data.close();
            }
            explorer = null;
            data = null;
            workspace = null;
        }
    }
}
