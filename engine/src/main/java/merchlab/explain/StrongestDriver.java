package merchlab.explain;

import java.util.Map;
import merchlab.features.FeatureGroup;

/**
 * The reason a listed product gets when no stated reason that raised its score clears {@link ReasonWriter}'s
 * thresholds: the feature group that raised it most, in the shop's words. A product that every group lowered is in
 * the list only because the other candidates score lower still, and is said to be so.
 */
final class StrongestDriver {
    /** Said of a product that every feature group lowered. */
    static final String OTHERS_LOWER = "ranked here because the other candidates score lower still";

    private StrongestDriver() {
    }

    /** The strongest positive driver's phrase, else {@link #OTHERS_LOWER}, or null when nothing moved the score. */
    static String reason(Explanation e, ReasonContext c) {
        String best = null;
        double bestSum = 0;
        boolean moved = false;
        for (Map.Entry<FeatureGroup, Double> g : e.groups().entrySet()) {
            moved |= g.getValue() != 0;
            String phrase = phrase(g.getKey(), e, c);
            if (phrase != null && g.getValue() > bestSum) {
                best = phrase;
                bestSum = g.getValue();
            }
        }
        return best != null ? best : moved ? OTHERS_LOWER : null;
    }

    private static String phrase(FeatureGroup group, Explanation e, ReasonContext c) {
        String category = c.category() != null ? "'" + c.category() + "'" : "its category";
        return switch (group) {
            case SEMANTIC_MATCH -> c.query() == null ? null : "matches the query '" + c.query() + "'";
            case SHOPPER_AFFINITY -> c.likeInHistory() != null
                    ? "similar to '" + c.likeInHistory() + "' from the shopper's history"
                    : "close to what the shopper engages with";
            case CATEGORY_BRAND_AFFINITY -> e.attribution("brand_affinity") > e.attribution("category_affinity")
                    && c.brand() != null ? "the shopper's interest in " + c.brand()
                    : "the shopper's interest in " + category;
            case PRICE -> "priced in line with " + category;
            case POPULARITY_FRESHNESS -> e.attribution("recent_popularity") > e.attribution("popularity")
                    ? "popular in " + category + " this week" : "popular in " + category;
            case CONTEXT -> "suits this visit's device and time of day";
            case POSITION -> null;
        };
    }
}
