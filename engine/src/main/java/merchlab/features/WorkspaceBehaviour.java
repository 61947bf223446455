package merchlab.features;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import merchlab.behaviour.InteractionLog;
import merchlab.store.EventStore;
import merchlab.workspace.Workspace;

/**
 * The behaviour of a workspace, read from its events table ({@link EventStore}) on each call (one connection kept
 * for the many small reads of scoring; {@link #close()} releases it).
 */
public final class WorkspaceBehaviour implements BehaviourLog, AutoCloseable {
    private final Workspace workspace;
    private final Supplier<ShopCatalog> catalog;
    private final EventStore store;

    /** @param catalog the catalog that numbers the products of {@link #events} */
    public WorkspaceBehaviour(Workspace workspace, Supplier<ShopCatalog> catalog) {
        this.workspace = workspace;
        this.catalog = catalog;
        this.store = new EventStore(workspace);
    }

    @Override
    public InteractionLog interactions(long from, long to) {
        return InteractionLog.of(store.interactions(from, to)).withoutRepeats();
    }

    @Override
    public EventLog events(long from, long to) {
        return EventLog.load(workspace, catalog.get(), from, to);
    }

    @Override
    public Optional<long[]> span() {
        return store.span();
    }

    @Override
    public List<String> history(String userId, long before) {
        return store.history(userId, before);
    }

    @Override
    public List<String> recommended(String userId, long before) {
        return store.recommended(userId, before);
    }

    @Override
    public boolean knowsShopper(String userId) {
        return store.knowsShopper(userId);
    }

    @Override
    public void close() {
        store.close();
    }
}
