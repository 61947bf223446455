package merchlab.explain;

/**
 * What reasons may name about the explained request and product, in the shop's words.
 *
 * @param query       the search text, or null for a recommendation
 * @param brand       the product's brand, or null
 * @param category    the product's category (leaf), or null
 * @param topCategory the product's department (top-level category), or null
 * @param device      the visit's device, or null when unknown
 * @param hour        0-23, or -1 when unknown
 * @param weekday     1 (Monday) - 7, or -1 when unknown
 * @param likeInHistory the title of the product in the shopper's history whose text is closest to this one, or null
 * @param weakMatch   true when a search's relevance gate placed the product below closer matches
 */
public record ReasonContext(String query, String brand, String category, String topCategory, String device, int hour,
                            int weekday, String likeInHistory, boolean weakMatch) {
    public ReasonContext(String query, String brand, String category, String topCategory, String device, int hour,
                         int weekday) {
        this(query, brand, category, topCategory, device, hour, weekday, null, false);
    }

    /** Nothing known beyond the attributions. */
    public static ReasonContext none() {
        return new ReasonContext(null, null, null, null, null, -1, -1);
    }

    /** The same context for a product the relevance gate held below closer matches. */
    public ReasonContext asWeakMatch() {
        return new ReasonContext(query, brand, category, topCategory, device, hour, weekday, likeInHistory, true);
    }

    /** Part of the day in the words of the feature pipeline's day parts (UTC). */
    String daypart() {
        if (hour < 0) {
            return null;
        }
        if (hour >= 6 && hour <= 10) {
            return "in the morning";
        }
        if (hour >= 11 && hour <= 16) {
            return "during the day";
        }
        if (hour >= 17 && hour <= 22) {
            return "in the evening";
        }
        return "at night";
    }

    String dayKind() {
        return weekday < 0 ? null : weekday >= 6 ? "at weekends" : "on weekdays";
    }
}
