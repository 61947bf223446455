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
    private final QueryReader reader;
    private final CategoryCentroids centroids;

    FeatureCalculator(ShopCatalog catalog, CatalogVectors vectors, LexicalMatcher lexical, ProductPriors priors) {
        this.catalog = catalog;
        this.vectors = vectors;
        this.lexical = lexical;
        this.priors = priors;
        this.reader = new QueryReader(catalog);
        this.centroids = new CategoryCentroids(catalog, vectors);
    }

    int dimension() {
        return vectors.dimension();
    }

    /**
     * Summarises a request once: query (its own, or with {@code fromVisit} the visit's earlier search), shopper
     * profile and context.
     */
    RequestFeatures request(ShopperProfile profile, float[] queryVector, String queryText, boolean fromVisit,
                            byte device, int hour, int weekday, long now) {
        float[] shopper = new float[vectors.dimension()];
        profile.embedding(shopper, 0);
        LexicalMatcher.Query q = queryText == null ? LexicalMatcher.Query.NONE : lexical.query(queryText);
        QueryReader.Asked asked = reader.read(queryText);
        CategoryCentroids.Match categories = queryVector == null ? null : centroids.match(queryVector);
        return new RequestFeatures(queryVector, q, fromVisit && queryText != null, asked, categories, profile, shopper,
                recentVector(profile), device, hour, weekday, now);
    }

    /** Writes the single-value features of one product into {@code out} from {@code offset}. */
    void scalars(RequestFeatures r, int product, float position, float[] out, int offset) {
        ShopperProfile profile = r.profile();
        boolean query = r.hasQuery();
        out[offset + HAS_QUERY] = r.isSearch() ? 1f : 0f;
        out[offset + VISIT_QUERY] = r.fromVisit() ? 1f : 0f;
        queryMatch(r, product, out, offset);
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
        int top = catalog.topCategory(product);
        int inTop = profile.topCategoryCount(top);
        out[offset + TOP_CATEGORY_SHARE] = profile.engagements() == 0 ? 0f
                : (float) ((inTop + 0.5) / (profile.maxTopCategoryCount() + 0.5));
        out[offset + BRAND_SHARE_IN_TOP] = profile.engagements() == 0 || catalog.brand(product) < 0 ? 0f
                : (float) (profile.brandCount(catalog.brand(product)) / (inTop + 2.0));
        out[offset + CATEGORY_SHOWN] = shownLift(profile, profile.shownInCategory(catalog.category(product)),
                priors.categoryShown, catalog.category(product));
        out[offset + TOP_CATEGORY_SHOWN] = shownLift(profile, profile.shownInTop(catalog.topCategory(product)),
                priors.topShown, catalog.topCategory(product));
        out[offset + BRAND_SHOWN] = shownLift(profile, profile.shownOfBrand(catalog.brand(product)), priors.brandShown,
                catalog.brand(product));
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
        out[offset + GROUP_CTR] = (float) priors.groupCtr(catalog.group(product));
        out[offset + BRAND_CTR] = (float) priors.brandCtr(catalog.brand(product));
        out[offset + IMPRESSIONS] = (float) Math.log1p(priors.impressions[product]);
        out[offset + MEAN_POSITION] = (float) priors.meanPosition(product);
        out[offset + LINE_DWELL] = (float) priors.lineDwell(catalog, product);
        out[offset + BRAND_DWELL] = (float) priors.brandDwell(catalog.brand(product));
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
        out[offset + CATEGORY_DEVICE_CTR] = (float) priors.topDeviceLift(top, r.device());
        out[offset + CATEGORY_DAYPART_CTR] = (float) priors.topDaypartLift(top, r.daypart());
        out[offset + CATEGORY_WEEKEND_CTR] = (float) priors.topWeekendLift(top, r.weekend());
        out[offset + POSITION_SHOWN] = position;
    }

    /** How the product meets what the query asks: its category's closeness, brand, colour, gender and price. */
    private void queryMatch(RequestFeatures r, int product, float[] out, int offset) {
        int c = catalog.category(product);
        boolean known = r.categories() != null && c >= 0;
        out[offset + QUERY_CATEGORY_COSINE] = known ? r.categories().cosine()[c] : 0f;
        out[offset + QUERY_CATEGORY_RANK] = known ? r.categories().inverseRank()[c] : 0f;
        out[offset + QUERY_PARENT_RANK] = known ? r.categories().parentInverseRank()[c] : 0f;
        QueryReader.Asked asked = r.asked();
        out[offset + BRAND_IN_QUERY] = QueryReader.match(asked.brands(), catalog.brand(product) < 0 ? null
                : catalog.brand(product));
        String colour = catalog.colour(product);
        out[offset + COLOUR_IN_QUERY] = QueryReader.match(asked.colours(), colour == null ? null
                : QueryReader.normalise(colour));
        String gender = catalog.gender(product);
        out[offset + GENDER_IN_QUERY] = asked.gender() == null || gender == null || !(gender.equals("male")
                || gender.equals("female")) ? 0f : asked.gender().equals(gender) ? 1f : -1f;
        float price = catalog.price(product);
        if (!asked.hasPrice() || Float.isNaN(price)) {
            out[offset + PRICE_IN_QUERY_RANGE] = 0f;
        } else {
            boolean inside = (Double.isNaN(asked.min()) || price >= asked.min())
                    && (Double.isNaN(asked.max()) || price <= asked.max());
            out[offset + PRICE_IN_QUERY_RANGE] = inside ? 1f : -1f;
        }
    }

    /** Log lift of the shopper's smoothed share of recommendations with {@code key} over the shop's share. */
    private float shownLift(ShopperProfile profile, int count, float[] shopCounts, int key) {
        if (key < 0 || profile.shown() == 0) {
            return 0f;
        }
        double shop = priors.shownShare(shopCounts, key);
        double shopper = (count + 2 * shop) / (profile.shown() + 2.0);
        return (float) Math.log(shopper / shop);
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
