package merchlab.features;

/**
 * Counters over the logs that the product-prior and context features read: impressions, clicks and clicks expected at
 * the shown positions per product, engagements with decay, first sighting, and click rates of top categories per
 * device and time of day. Updated event by event while training examples are built; frozen inside a fitted pipeline.
 */
public final class ProductPriors {
    /** Prior strength, in expected clicks, that smooths every click-rate ratio towards its parent. */
    static final float SMOOTHING = 3f;
    /** Half-life of the recent popularity, in milliseconds (one week). */
    static final double HALF_LIFE_MS = 7 * 86_400_000.0;
    /** Pseudo-visits at the shop's mean dwell time that shrink a line's or brand's dwell lift towards 0. */
    static final float DWELL_SMOOTHING = 3f;
    static final int DEVICES = 4;
    static final int DAYPARTS = 4;

    final float[] impressions;
    final float[] positionSum;
    final float[] expected;
    final float[] clicks;
    final float[] engagements;
    final float[] decayed;
    final long[] decayedAt;
    final long[] firstSeen;
    final float[] categoryEngagements;
    final float[] topEngagements;
    final float[] brandEngagements;
    float totalEngagements;
    final float[] topClicks;
    final float[] topExpected;
    final float[] topDeviceClicks;
    final float[] topDeviceExpected;
    final float[] topHourClicks;
    final float[] topHourExpected;
    final float[] topWeekendClicks;
    final float[] topWeekendExpected;
    final float[] groupClicks;
    final float[] groupExpected;
    final float[] brandClicks;
    final float[] brandExpected;
    float totalClicks;
    float totalExpected;
    final float[] categoryShown;
    final float[] topShown;
    final float[] brandShown;
    float totalShown;
    final float[] dwellSum;
    final float[] dwellCount;
    final float[] groupDwellSum;
    final float[] groupDwellCount;
    final float[] brandDwellSum;
    final float[] brandDwellCount;
    float totalDwellSum;
    float totalDwellCount;

    /** Empty counters for a catalog. */
    public ProductPriors(ShopCatalog catalog) {
        this(catalog.size(), catalog.categories().size(), catalog.topCategories().size(), catalog.brands().size(),
                catalog.groups().size());
    }

    ProductPriors(int products, int categories, int tops, int brands, int groups) {
        impressions = new float[products];
        positionSum = new float[products];
        dwellSum = new float[products];
        dwellCount = new float[products];
        groupDwellSum = new float[groups];
        groupDwellCount = new float[groups];
        brandDwellSum = new float[brands];
        brandDwellCount = new float[brands];
        expected = new float[products];
        clicks = new float[products];
        engagements = new float[products];
        decayed = new float[products];
        decayedAt = new long[products];
        firstSeen = new long[products];
        java.util.Arrays.fill(firstSeen, Long.MAX_VALUE);
        categoryEngagements = new float[categories];
        topEngagements = new float[tops];
        brandEngagements = new float[brands];
        topClicks = new float[tops];
        topExpected = new float[tops];
        topDeviceClicks = new float[tops * DEVICES];
        topDeviceExpected = new float[tops * DEVICES];
        topHourClicks = new float[tops * DAYPARTS];
        topHourExpected = new float[tops * DAYPARTS];
        topWeekendClicks = new float[tops * 2];
        topWeekendExpected = new float[tops * 2];
        groupClicks = new float[groups];
        groupExpected = new float[groups];
        brandClicks = new float[brands];
        brandExpected = new float[brands];
        categoryShown = new float[categories];
        topShown = new float[tops];
        brandShown = new float[brands];
    }

    /** A product was shown at a position; {@code expectedRate} is the position curve's rate there. */
    public void impression(ShopCatalog catalog, int product, int position, float expectedRate, byte device,
                           int daypart, int weekend, long ts) {
        int top = catalog.topCategory(product);
        impressions[product]++;
        positionSum[product] += Math.max(1, position);
        expected[product] += expectedRate;
        totalExpected += expectedRate;
        if (catalog.group(product) >= 0) {
            groupExpected[catalog.group(product)] += expectedRate;
        }
        if (catalog.brand(product) >= 0) {
            brandExpected[catalog.brand(product)] += expectedRate;
        }
        seen(product, ts);
        if (top >= 0) {
            topExpected[top] += expectedRate;
            topDeviceExpected[top * DEVICES + device] += expectedRate;
            if (daypart >= 0) {
                topHourExpected[top * DAYPARTS + daypart] += expectedRate;
            }
            if (weekend >= 0) {
                topWeekendExpected[top * 2 + weekend] += expectedRate;
            }
        }
    }

    /** A product was shown in a recommendation list (a list without a query). */
    public void recommended(ShopCatalog catalog, int product) {
        totalShown++;
        add(categoryShown, catalog.category(product));
        add(topShown, catalog.topCategory(product));
        add(brandShown, catalog.brand(product));
    }

    /** A shown product was clicked (counted once per result list). */
    public void click(ShopCatalog catalog, int product, byte device, int daypart, int weekend) {
        int top = catalog.topCategory(product);
        clicks[product]++;
        totalClicks++;
        if (catalog.group(product) >= 0) {
            groupClicks[catalog.group(product)]++;
        }
        if (catalog.brand(product) >= 0) {
            brandClicks[catalog.brand(product)]++;
        }
        if (top >= 0) {
            topClicks[top]++;
            topDeviceClicks[top * DEVICES + device]++;
            if (daypart >= 0) {
                topHourClicks[top * DAYPARTS + daypart]++;
            }
            if (weekend >= 0) {
                topWeekendClicks[top * 2 + weekend]++;
            }
        }
    }

    /** A shopper clicked, carted or bought a product, with or without a result list. */
    public void engagement(int product, ShopCatalog catalog, long ts) {
        engagements[product]++;
        decayed[product] = (float) (decayedValue(product, ts) + 1);
        decayedAt[product] = ts;
        seen(product, ts);
        totalEngagements++;
        add(categoryEngagements, catalog.category(product));
        add(topEngagements, catalog.topCategory(product));
        add(brandEngagements, catalog.brand(product));
    }

    /** A shopper stayed {@code millis} on a product's page (after a click or a revisit). */
    public void dwell(ShopCatalog catalog, int product, int millis) {
        if (millis <= 0) {
            return;
        }
        float v = (float) Math.log(millis / 1000.0);
        dwellSum[product] += v;
        dwellCount[product]++;
        totalDwellSum += v;
        totalDwellCount++;
        int group = catalog.group(product);
        if (group >= 0) {
            groupDwellSum[group] += v;
            groupDwellCount[group]++;
        }
        int brand = catalog.brand(product);
        if (brand >= 0) {
            brandDwellSum[brand] += v;
            brandDwellCount[brand]++;
        }
    }

    private static void add(float[] counts, int key) {
        if (key >= 0) {
            counts[key]++;
        }
    }

    private void seen(int product, long ts) {
        if (ts < firstSeen[product]) {
            firstSeen[product] = ts;
        }
    }

    /** Recent popularity of a product as of {@code now}. */
    double decayedValue(int product, long now) {
        if (decayed[product] == 0) {
            return 0;
        }
        double age = Math.max(0, now - decayedAt[product]);
        return decayed[product] * Math.pow(0.5, age / HALF_LIFE_MS);
    }

    /** Log of the smoothed clicks over expected clicks of a product. */
    double productCtr(int product) {
        return Math.log((clicks[product] + SMOOTHING) / (expected[product] + SMOOTHING));
    }

    /** Log of the product's mean shown position, smoothed towards position 5: where the shop's ranking places it. */
    double meanPosition(int product) {
        return Math.log((positionSum[product] + 5 * 2) / (impressions[product] + 2));
    }

    /**
     * Mean log dwell time on the pages of the product's line (its item group, or the product alone without one),
     * minus the shop's mean, shrunk towards 0 by {@link #DWELL_SMOOTHING} pseudo-visits.
     */
    double lineDwell(ShopCatalog catalog, int product) {
        int group = catalog.group(product);
        return group >= 0 ? dwellLift(groupDwellSum[group], groupDwellCount[group])
                : dwellLift(dwellSum[product], dwellCount[product]);
    }

    /** The same dwell lift over all products of a brand. */
    double brandDwell(int brand) {
        return brand < 0 ? 0 : dwellLift(brandDwellSum[brand], brandDwellCount[brand]);
    }

    private double dwellLift(float sum, float count) {
        if (totalDwellCount == 0 || count == 0) {
            return 0;
        }
        double shop = totalDwellSum / totalDwellCount;
        return (sum - count * shop) / (count + DWELL_SMOOTHING);
    }

    /** Log of the smoothed clicks over expected clicks of the product's item group (its line of variants). */
    double groupCtr(int group) {
        return group < 0 ? 0 : ratio(groupClicks[group], groupExpected[group]);
    }

    /** Log of the smoothed clicks over expected clicks of the product's brand. */
    double brandCtr(int brand) {
        return brand < 0 ? 0 : ratio(brandClicks[brand], brandExpected[brand]);
    }

    /** Log of clicks over expected clicks, both smoothed towards the shop's overall ratio. */
    private double ratio(float c, float e) {
        double shop = (totalClicks + SMOOTHING) / (totalExpected + SMOOTHING);
        return Math.log((c + SMOOTHING * shop) / (e + SMOOTHING));
    }

    /** Log lift of a top category's click rate on a device over its overall click rate; 0 when unknown. */
    double topDeviceLift(int top, byte device) {
        if (top < 0 || device == EventLog.DEVICE_UNKNOWN) {
            return 0;
        }
        return lift(topDeviceClicks[top * DEVICES + device], topDeviceExpected[top * DEVICES + device], top);
    }

    /** Log lift of a top category's click rate in a part of the day over its overall click rate; 0 when unknown. */
    double topDaypartLift(int top, int daypart) {
        if (top < 0 || daypart < 0) {
            return 0;
        }
        return lift(topHourClicks[top * DAYPARTS + daypart], topHourExpected[top * DAYPARTS + daypart], top);
    }

    /** Log lift of a top category's click rate on weekends (1) or weekdays (0) over its overall rate; 0 when unknown. */
    double topWeekendLift(int top, int weekend) {
        if (top < 0 || weekend < 0) {
            return 0;
        }
        return lift(topWeekendClicks[top * 2 + weekend], topWeekendExpected[top * 2 + weekend], top);
    }

    private double lift(float c, float e, int top) {
        double parent = (topClicks[top] + SMOOTHING) / (topExpected[top] + SMOOTHING);
        double rate = (c + SMOOTHING * parent) / (e + SMOOTHING);
        return Math.log(rate / parent);
    }

    /** Smoothed share of all engagements that went to {@code key} among {@code counts}. */
    double share(float[] counts, int key) {
        return (counts[key] + 1.0) / (totalEngagements + counts.length);
    }

    /** Smoothed share of all recommendation impressions that went to {@code key} among {@code counts}. */
    double shownShare(float[] counts, int key) {
        return (counts[key] + 1.0) / (totalShown + counts.length);
    }

    /**
     * The same counters re-indexed for another catalog, matching products, categories and brands by name; what the
     * other catalog has that these counters never saw starts at zero.
     */
    ProductPriors remap(PriorKeys keys, ShopCatalog to) {
        ProductPriors out = new ProductPriors(to);
        for (int p = 0; p < keys.products().size(); p++) {
            int q = to.indexOf(keys.products().get(p));
            if (q >= 0) {
                out.impressions[q] = impressions[p];
                out.positionSum[q] = positionSum[p];
                out.dwellSum[q] = dwellSum[p];
                out.dwellCount[q] = dwellCount[p];
                out.expected[q] = expected[p];
                out.clicks[q] = clicks[p];
                out.engagements[q] = engagements[p];
                out.decayed[q] = decayed[p];
                out.decayedAt[q] = decayedAt[p];
                out.firstSeen[q] = firstSeen[p];
            }
        }
        copy(keys.categories(), to.categories(), categoryEngagements, out.categoryEngagements, 1);
        copy(keys.brands(), to.brands(), brandEngagements, out.brandEngagements, 1);
        copy(keys.tops(), to.topCategories(), topEngagements, out.topEngagements, 1);
        copy(keys.tops(), to.topCategories(), topClicks, out.topClicks, 1);
        copy(keys.tops(), to.topCategories(), topExpected, out.topExpected, 1);
        copy(keys.tops(), to.topCategories(), topDeviceClicks, out.topDeviceClicks, DEVICES);
        copy(keys.tops(), to.topCategories(), topDeviceExpected, out.topDeviceExpected, DEVICES);
        copy(keys.tops(), to.topCategories(), topHourClicks, out.topHourClicks, DAYPARTS);
        copy(keys.tops(), to.topCategories(), topHourExpected, out.topHourExpected, DAYPARTS);
        copy(keys.tops(), to.topCategories(), topWeekendClicks, out.topWeekendClicks, 2);
        copy(keys.tops(), to.topCategories(), topWeekendExpected, out.topWeekendExpected, 2);
        out.totalEngagements = totalEngagements;
        out.totalClicks = totalClicks;
        out.totalShown = totalShown;
        copy(keys.categories(), to.categories(), categoryShown, out.categoryShown, 1);
        copy(keys.tops(), to.topCategories(), topShown, out.topShown, 1);
        copy(keys.brands(), to.brands(), brandShown, out.brandShown, 1);
        out.totalExpected = totalExpected;
        copy(keys.groups(), to.groups(), groupClicks, out.groupClicks, 1);
        copy(keys.groups(), to.groups(), groupExpected, out.groupExpected, 1);
        copy(keys.brands(), to.brands(), brandClicks, out.brandClicks, 1);
        copy(keys.brands(), to.brands(), brandExpected, out.brandExpected, 1);
        copy(keys.groups(), to.groups(), groupDwellSum, out.groupDwellSum, 1);
        copy(keys.groups(), to.groups(), groupDwellCount, out.groupDwellCount, 1);
        copy(keys.brands(), to.brands(), brandDwellSum, out.brandDwellSum, 1);
        copy(keys.brands(), to.brands(), brandDwellCount, out.brandDwellCount, 1);
        out.totalDwellSum = totalDwellSum;
        out.totalDwellCount = totalDwellCount;
        return out;
    }

    private static void copy(java.util.List<String> names, Dictionary to, float[] from, float[] into, int stride) {
        for (int k = 0; k < names.size(); k++) {
            int j = to.id(names.get(k));
            if (j >= 0) {
                System.arraycopy(from, k * stride, into, j * stride, stride);
            }
        }
    }

    /** The names the counters are indexed by: product ids, category paths, top categories and brands. */
    record PriorKeys(java.util.List<String> products, java.util.List<String> categories, java.util.List<String> tops,
                     java.util.List<String> brands, java.util.List<String> groups) {
        static PriorKeys of(ShopCatalog c) {
            return new PriorKeys(java.util.List.copyOf(c.ids()), java.util.List.copyOf(c.categories().names()),
                    java.util.List.copyOf(c.topCategories().names()), java.util.List.copyOf(c.brands().names()),
                    java.util.List.copyOf(c.groups().names()));
        }
    }
}
