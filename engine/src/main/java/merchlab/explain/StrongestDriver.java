package merchlab.explain;

import java.util.Map;
import merchlab.features.FeatureGroup;

/**
 * The one reason every listed product gets when no stated reason clears {@link ReasonWriter}'s thresholds: the feature
 * group that raised its score most, in the shop's words. A product whose every group lowered it is named for the group
 * that lowered it least, as the best of the remaining candidates.
 */
final class StrongestDriver {
    private StrongestDriver() {
    }

    static String reason(Explanation e, ReasonContext c) {
        FeatureGroup best = null;
        double bestSum = Double.NEGATIVE_INFINITY;
        for (Map.Entry<FeatureGroup, Double> g : e.groups().entrySet()) {
            if (g.getKey() != FeatureGroup.POSITION && g.getValue() > bestSum && phrase(g.getKey(), e, c) != null) {
                best = g.getKey();
                bestSum = g.getValue();
            }
        }
        if (best == null) {
            return null;
        }
        String phrase = phrase(best, e, c);
        return bestSum > 0 ? phrase : "the best of the remaining candidates; its strongest side: " + phrase;
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
