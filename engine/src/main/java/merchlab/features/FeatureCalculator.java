package merchlab.features;

import static merchlab.features.FeatureNames.*;

/**
 * Computes feature rows: the one piece of code that turns a request and a product into the ranker's inputs, used
 * alike when training examples are built from the logs and when products are scored.
 */
final class FeatureCalculator {
    private final ShopCatalog catalog;
    private final CatalogVectors vectors;
    private final LexicalMatcher lexical;
    private final ProductPriors priors;

    FeatureCalculator(ShopCatalog catalog, CatalogVectors vectors, LexicalMatcher lexical, ProductPriors priors) {
        this.catalog = catalog;
        this.vectors = vectors;
        this.lexical = lexical;
        this.priors = priors;
    }

    int dimension() {
        return vectors.dimension();
    }

    /** Summarises a request once: query, shopper profile and context. */
    RequestFeatures request(ShopperProfile profile, float[] queryVector, String queryText, byte device, int hour,
                            int weekday, long now) {
        float[] shopper = new float[vectors.dimension()];
        profile.embedding(shopper, 0);
        LexicalMatcher.Query q = queryText == null ? LexicalMatcher.Query.NONE : lexical.query(queryText);
        return new RequestFeatures(queryVector, q, profile, shopper, recentVector(profile), device, hour, weekday, now);
    }

    /** Writes the single-value features of one product into {@code out} from {@code offset}. */
    void scalars(RequestFeatures r, int product, float position, float[] out, int offset) {
        ShopperProfile profile = r.profile();
        boolean query = r.hasQuery();
        out[offset + HAS_QUERY] = query ? 1f : 0f;
        out[offset + QUERY_COSINE] = r.queryVector() == null ? 0f : vectors.dot(product, r.queryVector());
        out[offset + LEXICAL_SCORE] = query ? lexical.score(r.lexicalQuery(), product) : 0f;
        out[offset + SHOPPER_COSINE] = profile.hasEmbedding() ? vectors.dot(product, r.shopperVector()) : 0f;
        out[offset + RECENT_COSINE] = r.recentVector() == null ? 0f : vectors.dot(product, r.recentVector());
        out[offset + HISTORY_LENGTH] = (float) Math.log1p(profile.engagements());
        out[offset + ENGAGED_BEFORE] = (float) Math.log1p(profile.productCount(product));
        out[offset + CATEGORY_AFFINITY] = affinity(profile.engagements(), profile.categoryCount(catalog.category(product)),
                priors.categoryEngagements, catalog.category(product));
        out[offset + TOP_CATEGORY_AFFINITY] = affinity(profile.engagements(),
                profile.topCategoryCount(catalog.topCategory(product)), priors.topEngagements, catalog.topCategory(product));
        out[offset + BRAND_AFFINITY] = affinity(profile.engagements(), profile.brandCount(catalog.brand(product)),
                priors.brandEngagements, catalog.brand(product));
        float price = catalog.price(product);
        double logPrice = Float.isNaN(price) ? Double.NaN : Math.log1p(price);
        double usual = profile.usualLogPrice();
        out[offset + LOG_PRICE] = Double.isNaN(logPrice) ? 0f : (float) logPrice;
        double gap = Double.isNaN(logPrice) || Double.isNaN(usual) ? 0 : logPrice - usual;
        float relative = catalog.relativePrice(product);
        float usualRelative = (float) profile.usualRelativePrice();
        out[offset + RELATIVE_PRICE] = relative;
        out[offset + SHOPPER_RELATIVE_PRICE] = usualRelative;
        out[offset + PRICE_FIT] = relative * usualRelative;
        out[offset + PRICE_VS_SHOPPER] = (float) gap;
        out[offset + PRICE_GAP] = (float) Math.abs(gap);
        out[offset + PRODUCT_CTR] = (float) priors.productCtr(product);
        out[offset + IMPRESSIONS] = (float) Math.log1p(priors.impressions[product]);
        out[offset + POPULARITY] = (float) Math.log1p(priors.engagements[product]);
        out[offset + RECENT_POPULARITY] = (float) Math.log1p(priors.decayedValue(product, r.now()));
        long first = priors.firstSeen[product];
        double ageDays = first == Long.MAX_VALUE ? 0 : Math.max(0, (r.now() - first) / 86_400_000.0);
        out[offset + PRODUCT_AGE] = (float) Math.log1p(ageDays);
        if (r.hour() >= 0) {
            out[offset + HOUR_SIN] = (float) Math.sin(2 * Math.PI * r.hour() / 24);
            out[offset + HOUR_COS] = (float) Math.cos(2 * Math.PI * r.hour() / 24);
        } else {
            out[offset + HOUR_SIN] = 0f;
            out[offset + HOUR_COS] = 0f;
        }
        if (r.weekday() >= 1) {
            out[offset + WEEKDAY_SIN] = (float) Math.sin(2 * Math.PI * (r.weekday() - 1) / 7);
            out[offset + WEEKDAY_COS] = (float) Math.cos(2 * Math.PI * (r.weekday() - 1) / 7);
        } else {
            out[offset + WEEKDAY_SIN] = 0f;
            out[offset + WEEKDAY_COS] = 0f;
        }
        out[offset + DEVICE_MOBILE] = r.device() == EventLog.DEVICE_MOBILE ? 1f : 0f;
        out[offset + DEVICE_DESKTOP] = r.device() == EventLog.DEVICE_DESKTOP ? 1f : 0f;
        out[offset + DEVICE_TABLET] = r.device() == EventLog.DEVICE_TABLET ? 1f : 0f;
        int top = catalog.topCategory(product);
        out[offset + CATEGORY_DEVICE_CTR] = (float) priors.topDeviceLift(top, r.device());
        out[offset + CATEGORY_DAYPART_CTR] = (float) priors.topDaypartLift(top, r.daypart());
        out[offset + CATEGORY_WEEKEND_CTR] = (float) priors.topWeekendLift(top, r.weekend());
        out[offset + POSITION_SHOWN] = position;
    }

    /** The normalised mean embedding of the shopper's last three engaged products, null without any. */
    private float[] recentVector(ShopperProfile profile) {
        float[] sum = null;
        for (int p : profile.recent()) {
            if (p >= 0 && vectors.has(p)) {
                if (sum == null) {
                    sum = new float[vectors.dimension()];
                }
                vectors.addTo(sum, p);
            }
        }
        if (sum == null) {
            return null;
        }
        double norm = 0;
        for (float v : sum) {
            norm += v * v;
        }
        if (norm == 0) {
            return null;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int j = 0; j < sum.length; j++) {
            sum[j] *= scale;
        }
        return sum;
    }

    /**
     * Log lift of the shopper's smoothed share of engagements with {@code key} over the shop's share; 0 without
     * history or key, so an unknown shopper is neutral.
     */
    private float affinity(int engagements, int count, float[] shopCounts, int key) {
        if (key < 0 || engagements == 0) {
            return 0f;
        }
        double shop = priors.share(shopCounts, key);
        double shopper = (count + 2 * shop) / (engagements + 2.0);
        return (float) Math.log(shopper / shop);
    }

    /** Writes the query, product and shopper embeddings after the single-value features. */
    void embeddings(RequestFeatures r, int product, float[] out, int rowOffset) {
        int d = vectors.dimension();
        int q = rowOffset + SCALAR_COUNT;
        if (r.queryVector() == null) {
            java.util.Arrays.fill(out, q, q + d, 0f);
        } else {
            System.arraycopy(r.queryVector(), 0, out, q, d);
        }
        vectors.copy(product, out, q + d);
        System.arraycopy(r.shopperVector(), 0, out, q + 2 * d, d);
    }
}
