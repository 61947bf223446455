package merchlab.features;

import java.util.Locale;

/** The groups the ranker's input features belong to, as attributions are summed and explained per group. */
public enum FeatureGroup {
    SEMANTIC_MATCH("semantic match"),
    SHOPPER_AFFINITY("shopper affinity"),
    CATEGORY_BRAND_AFFINITY("category and brand affinity"),
    PRICE("price"),
    POPULARITY_FRESHNESS("popularity and freshness"),
    CONTEXT("context"),
    POSITION("position");

    private final String label;

    FeatureGroup(String label) {
        this.label = label;
    }

    /** The group's name as shown to people, for example {@code shopper affinity}. */
    public String label() {
        return label;
    }

    /** The group's key in JSON documents, for example {@code shopper_affinity}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a key written by {@link #key()}. */
    public static FeatureGroup ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
