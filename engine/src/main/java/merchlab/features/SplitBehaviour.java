package merchlab.features;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.workspace.Workspace;

/**
 * An evaluation protocol's training split as a model learns from it: the split's interactions, held in memory, and
 * nothing of the held-out ones. The columns a click model reads beyond the interactions (query, position, device ...)
 * are read once from the source workspace's events, only for the rows of the split's interactions, and kept.
 *
 * <p>A shopper's history is the split's interactions before the given time; the split holds engagements only, so
 * nothing was recommended.
 */
public final class SplitBehaviour implements BehaviourLog {
    private final Workspace source;
    private final Supplier<ShopCatalog> catalog;
    private final InteractionLog training;
    private InteractionLog interactions;
    private EventLog events;

    /**
     * @param source   the workspace the split was taken from (read, never written)
     * @param catalog  the catalog that numbers the products of {@link #events}
     * @param training the split's training interactions
     */
    public SplitBehaviour(Workspace source, Supplier<ShopCatalog> catalog, InteractionLog training) {
        this.source = source;
        this.catalog = catalog;
        this.training = training;
    }

    @Override
    public InteractionLog interactions(long from, long to) {
        if (interactions == null) {
            interactions = training.withoutRepeats();
        }
        return from == Long.MIN_VALUE && to == Long.MAX_VALUE ? interactions
                : training.filter(i -> i.timestamp() >= from && i.timestamp() < to).withoutRepeats();
    }

    @Override
    public EventLog events(long from, long to) {
        if (from == Long.MIN_VALUE && to == Long.MAX_VALUE) {
            if (events == null) {
                events = load(from, to);
            }
            return events;
        }
        return load(from, to);
    }

    private EventLog load(long from, long to) {
        Set<String> kept = new HashSet<>();
        training.stream().forEach(i -> kept.add(key(i.userId(), i.timestamp(), i.productId())));
        return EventLog.loadEngagements(source, catalog.get(), from, to,
                (user, ts, product, type) -> kept.contains(key(user, ts, product)));
    }

    private static String key(String user, long timestamp, String product) {
        return user + '\u0000' + timestamp + '\u0000' + product;
    }

    @Override
    public Optional<long[]> span() {
        return training.isEmpty() ? Optional.empty() : Optional.of(new long[] {training.from(), training.to()});
    }

    @Override
    public List<String> history(String userId, long before) {
        return training.interactions(userId).stream().filter(i -> i.timestamp() < before)
                .map(Interaction::productId).toList();
    }

    @Override
    public List<String> recommended(String userId, long before) {
        return List.of();
    }

    @Override
    public boolean knowsShopper(String userId) {
        return !training.interactions(userId).isEmpty();
    }
}
