package merchlab.sample.click;

import merchlab.sample.random.Rng;

/**
 * What happens after a click: how long the shopper stays on the product page, whether they add it to the cart, how
 * many units, and whether they buy it at checkout.
 *
 * <p>dwell_ms = 9,000 x exp(0.9 relevance + 0.25 quality + 0.3 category affinity + 0.6 N(0,1)), within 1 s - 10 min;
 * P(cart | click) = sigmoid(-2.5 + 1.3 relevance + 0.35 quality + 0.6 favourite brand + price fit);
 * P(purchase | cart) = sigmoid(-0.3 + 0.3 quality + price fit); out-of-stock products are never carted.
 */
public final class PurchaseModel {
    public static final double DWELL_MEDIAN_MS = 9_000;
    public static final double CART_B0 = -2.5;
    public static final double PURCHASE_B0 = -0.3;

    /** Milliseconds on the product page after a click. */
    public long dwellMillis(double relevanceScore, double quality, double categoryAffinity, Rng r) {
        double ms = DWELL_MEDIAN_MS * StrictMath.exp(0.9 * relevanceScore + 0.25 * quality + 0.3 * categoryAffinity
                + 0.6 * r.gaussian());
        return Math.round(Math.max(1_000, Math.min(600_000, ms)));
    }

    /**
     * @param priceFit the raw price fit -(sensitivity x ln(price / median)), before the click weight
     */
    public double cartProbability(double relevanceScore, double quality, boolean favouriteBrand, double priceFit,
                                  boolean orderable) {
        if (!orderable) {
            return 0;
        }
        return sigmoid(CART_B0 + 1.3 * relevanceScore + 0.35 * quality + (favouriteBrand ? 0.6 : 0) + priceFit);
    }

    public double purchaseProbability(double quality, double priceFit) {
        return sigmoid(PURCHASE_B0 + 0.3 * quality + priceFit);
    }

    /** Units bought: one, or more for everyday goods (up to the category's maximum). */
    public int quantity(int maxQuantity, Rng r) {
        int q = 1;
        while (q < maxQuantity && r.chance(0.3)) {
            q++;
        }
        return q;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }
}
