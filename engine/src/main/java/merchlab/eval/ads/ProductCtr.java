package merchlab.eval.ads;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.ads.AdRequest;
import merchlab.ads.LoggedAd;
import merchlab.behaviour.EventType;
import merchlab.features.EventLog;
import merchlab.features.ShopCatalog;

/**
 * Product popularity from a training window's logs: each product's click-through rate, smoothed toward the shop's
 * (twenty impressions' worth of prior), and its purchases per click, which with its price give what a click on its
 * ad is worth to the advertiser. As a predicted CTR it is the baseline any model should beat: the same for every
 * shopper and query, scaled by the slot as logged ads were clicked by slot.
 */
final class ProductCtr implements PctrSource {
    private static final double PRIOR_IMPRESSIONS = 20;
    private static final double PRIOR_CLICKS = 5;

    private final ShopCatalog catalog;
    private final long[] impressions;
    private final long[] clicks;
    private final long[] purchases;
    private final double shopCtr;
    private final double shopConversion;
    private final Map<Integer, Double> slotFactor;

    private ProductCtr(ShopCatalog catalog, long[] impressions, long[] clicks, long[] purchases,
                       Map<Integer, Double> slotFactor) {
        this.catalog = catalog;
        this.impressions = impressions;
        this.clicks = clicks;
        this.purchases = purchases;
        long shown = 0;
        long clicked = 0;
        long bought = 0;
        for (int p = 0; p < impressions.length; p++) {
            shown += impressions[p];
            clicked += clicks[p];
            bought += purchases[p];
        }
        this.shopCtr = shown == 0 ? 0 : (double) clicked / shown;
        this.shopConversion = clicked == 0 ? 0 : (double) bought / clicked;
        this.slotFactor = slotFactor;
    }

    /** Counts a window's impressions, clicks and purchases per product, and the logged ads' CTR by slot. */
    static ProductCtr fit(ShopCatalog catalog, EventLog log, List<LoggedAd> ads) {
        int n = catalog.size();
        long[] impressions = new long[n];
        long[] clicks = new long[n];
        long[] purchases = new long[n];
        for (int i = 0; i < log.size(); i++) {
            int p = log.product(i);
            if (p < 0) {
                continue;
            }
            EventType type = log.type(i);
            if (type == EventType.IMPRESSION) {
                impressions[p]++;
            } else if (type == EventType.CLICK) {
                clicks[p]++;
            } else if (type == EventType.PURCHASE) {
                purchases[p]++;
            }
        }
        Map<Integer, long[]> bySlot = new HashMap<>();
        long shown = 0;
        long clicked = 0;
        for (LoggedAd ad : ads) {
            long[] c = bySlot.computeIfAbsent(ad.position(), s -> new long[2]);
            c[0]++;
            c[1] += ad.clicked() ? 1 : 0;
            shown++;
            clicked += ad.clicked() ? 1 : 0;
        }
        Map<Integer, Double> factor = new HashMap<>();
        double overall = shown == 0 ? 0 : (double) clicked / shown;
        bySlot.forEach((slot, c) -> factor.put(slot, overall == 0 || c[1] == 0 ? 1.0 : c[1] / (double) c[0] / overall));
        return new ProductCtr(catalog, impressions, clicks, purchases, factor);
    }

    @Override
    public String name() {
        return "popularity";
    }

    /** The product's smoothed click-through rate over every position it was shown at. */
    double ctr(String productId) {
        int p = catalog.indexOf(productId);
        if (p < 0) {
            return shopCtr;
        }
        return (clicks[p] + PRIOR_IMPRESSIONS * shopCtr) / (impressions[p] + PRIOR_IMPRESSIONS);
    }

    /** What a click on the product's ad is worth in sales: its price times its smoothed purchases per click. */
    double valuePerClick(String productId) {
        int p = catalog.indexOf(productId);
        if (p < 0 || Float.isNaN(catalog.price(p))) {
            return 0;
        }
        double conversion = (purchases[p] + PRIOR_CLICKS * shopConversion) / (clicks[p] + PRIOR_CLICKS);
        return conversion * catalog.price(p);
    }

    @Override
    public List<double[]> predict(List<AdRequest> requests, List<List<String>> products, int[] slots) {
        return java.util.stream.IntStream.range(0, requests.size()).mapToObj(i -> {
            double factor = slotFactor.getOrDefault(slots[i], 1.0);
            return products.get(i).stream().mapToDouble(id -> Math.min(1, ctr(id) * factor)).toArray();
        }).toList();
    }
}
