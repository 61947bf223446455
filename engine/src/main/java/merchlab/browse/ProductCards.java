package merchlab.browse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.catalog.ProductRow;
import merchlab.store.JudgmentStore;
import merchlab.store.ProductStore;
import merchlab.store.ShopperStore;
import merchlab.workspace.Workspace;

/**
 * What a screen shows beside a listed product: its catalog facts (title in full, brand, category, price, stock), the
 * grade a judge gave it for a query, and a shopper's recent history.
 */
public final class ProductCards {
    private final Workspace workspace;

    public ProductCards(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One shopper action of the history: a search (no product) or a click, view, add-to-cart or purchase. */
    public record Action(long ts, String type, String productId, String title, String query) {
    }

    /** The catalog rows of {@code ids} that exist, by id. */
    public Map<String, ProductRow> cards(Collection<String> ids) {
        return new ProductStore(workspace).rows(ids);
    }

    /** The judged grade of each product for {@code query} (case and outer spaces ignored); empty when unjudged. */
    public Map<String, Double> grades(String query) {
        if (query == null || query.isBlank()) {
            return new LinkedHashMap<>();
        }
        return new JudgmentStore(workspace).grades(query);
    }

    /** The shopper's newest {@code limit} searches, clicks, views, add-to-carts and purchases, newest first. */
    public List<Action> history(String shopper, int limit) {
        List<Action> out = new ArrayList<>();
        new ShopperStore(workspace).actions(shopper, Math.max(1, limit),
                (ts, type, productId, title, query) -> out.add(new Action(ts, type, productId, title, query)));
        return out;
    }
}
