package merchlab.features;

import static merchlab.features.FeatureGroup.CATEGORY_BRAND_AFFINITY;
import static merchlab.features.FeatureGroup.CONTEXT;
import static merchlab.features.FeatureGroup.POPULARITY_FRESHNESS;
import static merchlab.features.FeatureGroup.POSITION;
import static merchlab.features.FeatureGroup.PRICE;
import static merchlab.features.FeatureGroup.SEMANTIC_MATCH;
import static merchlab.features.FeatureGroup.SHOPPER_AFFINITY;

import java.util.List;

/** The names, groups and meanings of the ranker's features, in row order; indexes below are row offsets. */
public final class FeatureNames {
    /** A feature's name, group and meaning. */
    public record Spec(String name, FeatureGroup group, String description) {
    }

    public static final int HAS_QUERY = 0;
    public static final int QUERY_COSINE = 1;
    public static final int LEXICAL_SCORE = 2;
    public static final int VISIT_QUERY = 3;
    public static final int QUERY_CATEGORY_COSINE = 4;
    public static final int QUERY_CATEGORY_RANK = 5;
    public static final int QUERY_PARENT_RANK = 6;
    public static final int BRAND_IN_QUERY = 7;
    public static final int COLOUR_IN_QUERY = 8;
    public static final int GENDER_IN_QUERY = 9;
    public static final int PRICE_IN_QUERY_RANGE = 10;
    public static final int SHOPPER_COSINE = 11;
    public static final int RECENT_COSINE = 12;
    public static final int HISTORY_LENGTH = 13;
    public static final int ENGAGED_BEFORE = 14;
    public static final int CATEGORY_AFFINITY = 15;
    public static final int TOP_CATEGORY_AFFINITY = 16;
    public static final int BRAND_AFFINITY = 17;
    public static final int TOP_CATEGORY_SHARE = 18;
    public static final int BRAND_SHARE_IN_TOP = 19;
    public static final int CATEGORY_SHOWN = 20;
    public static final int TOP_CATEGORY_SHOWN = 21;
    public static final int BRAND_SHOWN = 22;
    public static final int LOG_PRICE = 23;
    public static final int RELATIVE_PRICE = 24;
    public static final int SHOPPER_RELATIVE_PRICE = 25;
    public static final int PRICE_FIT = 26;
    public static final int PRICE_VS_SHOPPER = 27;
    public static final int PRICE_GAP = 28;
    public static final int PRODUCT_CTR = 29;
    public static final int GROUP_CTR = 30;
    public static final int BRAND_CTR = 31;
    public static final int IMPRESSIONS = 32;
    public static final int MEAN_POSITION = 33;
    public static final int LINE_DWELL = 34;
    public static final int BRAND_DWELL = 35;
    public static final int POPULARITY = 36;
    public static final int RECENT_POPULARITY = 37;
    public static final int PRODUCT_AGE = 38;
    public static final int HOUR_SIN = 39;
    public static final int HOUR_COS = 40;
    public static final int WEEKDAY_SIN = 41;
    public static final int WEEKDAY_COS = 42;
    public static final int DEVICE_MOBILE = 43;
    public static final int DEVICE_DESKTOP = 44;
    public static final int DEVICE_TABLET = 45;
    public static final int CATEGORY_DEVICE_CTR = 46;
    public static final int CATEGORY_DAYPART_CTR = 47;
    public static final int CATEGORY_WEEKEND_CTR = 48;
    public static final int POSITION_SHOWN = 49;
    /** Number of single-value features; the embeddings follow. */
    public static final int SCALAR_COUNT = 50;

    /** The neutral position used whenever a product is scored for display: the top of the list. */
    public static final float NEUTRAL_POSITION = 1f;

    static final List<Spec> SCALARS = List.of(
            new Spec("has_query", SEMANTIC_MATCH, "1 when the shopper searched, 0 for a recommendation"),
            new Spec("query_cosine", SEMANTIC_MATCH, "cosine similarity of the query's and the product's text embeddings"),
            new Spec("lexical_score", SEMANTIC_MATCH,
                    "share of the query's words, weighted by rarity, found in the product's title, brand and category"),
            new Spec("visit_query", SEMANTIC_MATCH,
                    "1 when the query features read the shopper's earlier search in this visit (a recommendation)"),
            new Spec("query_category_cosine", SEMANTIC_MATCH,
                    "cosine similarity of the query's embedding and the mean embedding of the product's category"),
            new Spec("query_category_rank", SEMANTIC_MATCH,
                    "1 / rank of the product's category among all categories by similarity to the query"),
            new Spec("query_parent_rank", SEMANTIC_MATCH, "1 / rank of the product's parent category (its path"
                    + " without the last level) among all parents by their closest child category to the query"),
            new Spec("brand_in_query", SEMANTIC_MATCH,
                    "1 when the query names the product's brand, -1 when it names another brand, else 0"),
            new Spec("colour_in_query", SEMANTIC_MATCH,
                    "1 when the query names the product's colour, -1 when it names another colour, else 0"),
            new Spec("gender_in_query", SEMANTIC_MATCH,
                    "1 when the query asks for the product's gender, -1 for the other gender, else 0"),
            new Spec("price_in_query_range", SEMANTIC_MATCH,
                    "1 when the product's price is inside a price range the query states, -1 outside it, else 0"),
            new Spec("shopper_cosine", SHOPPER_AFFINITY,
                    "cosine similarity of the shopper's history embedding and the product's text embedding"),
            new Spec("recent_cosine", SHOPPER_AFFINITY,
                    "cosine similarity of the product with the shopper's last three engaged products (the current mission)"),
            new Spec("history_length", SHOPPER_AFFINITY, "log(1 + products the shopper clicked, carted or bought)"),
            new Spec("engaged_before", SHOPPER_AFFINITY, "log(1 + times the shopper engaged with this very product)"),
            new Spec("category_affinity", CATEGORY_BRAND_AFFINITY,
                    "log lift of the shopper's share of engagements in the product's category over the shop's share"),
            new Spec("top_category_affinity", CATEGORY_BRAND_AFFINITY,
                    "the same lift for the product's top-level category"),
            new Spec("brand_affinity", CATEGORY_BRAND_AFFINITY,
                    "log lift of the shopper's share of engagements with the product's brand over the shop's share"),
            new Spec("top_category_share", CATEGORY_BRAND_AFFINITY, "the shopper's engagements in the product's"
                    + " top-level category over those in their most engaged top-level category (1 = their favourite)"),
            new Spec("brand_share_in_top", CATEGORY_BRAND_AFFINITY,
                    "share of the shopper's engagements in the product's top-level category that went to its brand"),
            new Spec("category_shown", CATEGORY_BRAND_AFFINITY, "log lift of the share of the shopper's earlier"
                    + " recommendations in the product's category over the shop's share (what the shop offers them)"),
            new Spec("top_category_shown", CATEGORY_BRAND_AFFINITY,
                    "the same lift for the product's top-level category"),
            new Spec("brand_shown", CATEGORY_BRAND_AFFINITY,
                    "log lift of the share of the shopper's earlier recommendations of the product's brand"),
            new Spec("log_price", PRICE, "log(1 + the product's price)"),
            new Spec("relative_price", PRICE, "log of the price over the median price of the product's category"),
            new Spec("shopper_relative_price", PRICE,
                    "the shopper's usual relative price: mean log price over category median of what they engaged with,"
                    + " shrunk towards 0 when they engaged with few products"),
            new Spec("price_fit", PRICE, "relative price times the shopper's usual relative price"),
            new Spec("price_vs_shopper", PRICE, "log price minus the shopper's usual log price (0 without history)"),
            new Spec("price_gap", PRICE, "absolute distance of the log price from the shopper's usual log price"),
            new Spec("product_ctr", POPULARITY_FRESHNESS,
                    "log of the product's smoothed clicks over the clicks expected at the positions it was shown"),
            new Spec("group_ctr", POPULARITY_FRESHNESS,
                    "log of smoothed clicks over expected clicks of the product's line (its item group of variants)"),
            new Spec("brand_ctr", POPULARITY_FRESHNESS, "log of smoothed clicks over expected clicks of the product's brand"),
            new Spec("impressions", POPULARITY_FRESHNESS, "log(1 + times the product was shown)"),
            new Spec("mean_position", POPULARITY_FRESHNESS,
                    "log of the product's mean shown position: where the shop's own ranking tends to place it"),
            new Spec("line_dwell", POPULARITY_FRESHNESS, "mean log time on the pages of the product's line (item"
                    + " group) after clicks and revisits, over the shop's mean, shrunk towards 0 when few were seen"),
            new Spec("brand_dwell", POPULARITY_FRESHNESS, "the same dwell-time lift over all products of the brand"),
            new Spec("popularity", POPULARITY_FRESHNESS, "log(1 + clicks, carts and purchases of the product)"),
            new Spec("recent_popularity", POPULARITY_FRESHNESS,
                    "log(1 + engagements with the product, halved for every week of age)"),
            new Spec("product_age", POPULARITY_FRESHNESS, "log(1 + days since the product was first seen in the logs)"),
            new Spec("hour_sin", CONTEXT, "hour of day on the unit circle (sine); 0 when unknown"),
            new Spec("hour_cos", CONTEXT, "hour of day on the unit circle (cosine); 0 when unknown"),
            new Spec("weekday_sin", CONTEXT, "day of week on the unit circle (sine); 0 when unknown"),
            new Spec("weekday_cos", CONTEXT, "day of week on the unit circle (cosine); 0 when unknown"),
            new Spec("device_mobile", CONTEXT, "1 when the visit is on a phone"),
            new Spec("device_desktop", CONTEXT, "1 when the visit is on a desktop computer"),
            new Spec("device_tablet", CONTEXT, "1 when the visit is on a tablet"),
            new Spec("category_device_ctr", CONTEXT,
                    "log of the smoothed click rate of the product's top category on this device, over its overall rate"),
            new Spec("category_daypart_ctr", CONTEXT, "log of the smoothed click rate of the product's top category in this"
                    + " part of the day (morning 6-10, daytime 11-16, evening 17-22, night 23-5 UTC), over its overall rate"),
            new Spec("category_weekend_ctr", CONTEXT,
                    "log of the smoothed click rate of the product's top category on weekends or weekdays, over its overall rate"),
            new Spec("position", POSITION,
                    "the position the product was shown at (1 = top); fixed at 1 whenever a score is shown"));

    static final List<Spec> EMBEDDINGS = List.of(
            new Spec("query_embedding", SEMANTIC_MATCH, "the query's text embedding (zero for a recommendation)"),
            new Spec("product_embedding", SEMANTIC_MATCH, "the product's text embedding"),
            new Spec("shopper_embedding", SHOPPER_AFFINITY,
                    "the mean text embedding of the products the shopper engaged with (zero without history)"));

    private FeatureNames() {
    }
}
