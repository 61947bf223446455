package merchlab.ads;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An advertiser's sponsored-products campaign: a daily budget, its targeting and a bid per advertised product.
 * Money is in the shop currency's cents (minor units).
 *
 * @param id               the campaign id, unique in a workspace
 * @param advertiser       who pays: a brand or a seller of the catalog
 * @param dailyBudgetCents what the campaign may spend in one UTC day, positive
 * @param targeting        the requests its ads may appear in
 * @param bidCents         product id to the most the advertiser pays for one click on that product's ad, each
 *                         positive; kept in product id order
 */
public record Campaign(String id, String advertiser, long dailyBudgetCents, Targeting targeting,
                       Map<String, Long> bidCents) {
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(targeting, "targeting");
        if (dailyBudgetCents <= 0) {
            throw new IllegalArgumentException("campaign " + id + ": the daily budget must be positive");
        }
        TreeMap<String, Long> sorted = new TreeMap<>();
        for (Map.Entry<String, Long> bid : bidCents.entrySet()) {
            if (bid.getValue() == null || bid.getValue() <= 0) {
                throw new IllegalArgumentException("campaign " + id + ": the bid for " + bid.getKey()
                        + " must be positive");
            }
            sorted.put(bid.getKey(), bid.getValue());
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("campaign " + id + " bids on no product");
        }
        bidCents = Collections.unmodifiableMap(sorted);
    }

    /** The bid for a product in cents, or 0 when the campaign does not advertise it. */
    public long bidFor(String productId) {
        return bidCents.getOrDefault(productId, 0L);
    }
}
