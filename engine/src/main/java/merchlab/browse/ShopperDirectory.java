package merchlab.browse;

import java.util.ArrayList;
import java.util.List;
import merchlab.MerchLabException;
import merchlab.importer.store.Pseudonymizer;
import merchlab.store.ShopperStore;
import merchlab.workspace.Workspace;

/**
 * Finds the shoppers of a workspace's behaviour logs by a part of their id, most active first, for pickers such as
 * the desktop's Explore screen. Each call opens its own connection and only reads.
 */
public final class ShopperDirectory {
    /** Most shoppers one call returns. */
    public static final int MAX_LIMIT = 5_000;

    /**
     * One shopper with the size of their logged history.
     *
     * @param events    all their logged events
     * @param clicks    their clicks
     * @param purchases their purchases
     */
    public record Shopper(String id, long events, long clicks, long purchases) {
    }

    private final Workspace workspace;

    public ShopperDirectory(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Up to {@code limit} shoppers whose id contains {@code text} (ignoring case; every shopper when blank), the
     * shoppers with the most events first, ties by id. On a workspace that stores shopper ids pseudonymised, the
     * shopper whose pseudonym is {@code text} hashed with the workspace's key is found too, so the id the shop knows
     * finds its shopper (listed by the stored pseudonym; the typed id is not kept).
     */
    public List<Shopper> find(String text, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new MerchLabException("a shopper list holds 1 to " + MAX_LIMIT + " shoppers, not " + limit);
        }
        String needle = text == null ? "" : text.strip();
        String pseudonym = needle.isEmpty() ? null : Pseudonymizer.of(workspace).map(p -> p.apply(needle)).orElse(null);
        List<Shopper> out = new ArrayList<>();
        new ShopperStore(workspace).shoppers(needle, pseudonym, limit,
                (id, events, clicks, purchases) -> out.add(new Shopper(id, events, clicks, purchases)));
        return out;
    }
}
