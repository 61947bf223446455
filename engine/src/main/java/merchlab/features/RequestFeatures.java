package merchlab.features;

/**
 * What one request contributes to every candidate's features, computed once per request: the query, the shopper's
 * profile summary and the context.
 *
 * @param queryVector    the query's text embedding, or null without a query
 * @param lexicalQuery   the parsed query words ({@link LexicalMatcher.Query#NONE} without a query)
 * @param fromVisit      whether the query is the visit's earlier search rather than this request's own
 * @param asked          brands, colours, gender and price range the query states
 * @param categories     the query compared with every category, or null without a query vector
 * @param profile        the shopper's profile so far (empty for an anonymous visitor)
 * @param shopperVector  the profile's normalised mean embedding (zeros without history)
 * @param recentVector   the normalised mean embedding of the last three engaged products, or null without any
 * @param device         device code from {@link EventLog#device(String)}
 * @param hour           0-23, -1 when unknown
 * @param weekday        1 (Monday) - 7, -1 when unknown
 * @param now            the moment of the request, epoch ms, for recency and popularity decay
 */
public record RequestFeatures(float[] queryVector, LexicalMatcher.Query lexicalQuery, boolean fromVisit,
                              QueryReader.Asked asked, CategoryCentroids.Match categories, ShopperProfile profile,
                              float[] shopperVector, float[] recentVector, byte device, int hour, int weekday, long now) {

    /** Whether the request carries a query (its own or the visit's). */
    public boolean hasQuery() {
        return queryVector != null || lexicalQuery.total() > 0;
    }

    /** Whether the request is a search with its own query. */
    public boolean isSearch() {
        return hasQuery() && !fromVisit;
    }

    /** Part of the day, -1 when unknown: see {@link #daypartOf(int)}. */
    public int daypart() {
        return daypartOf(hour);
    }

    /** 1 on Saturday and Sunday, 0 on other days, -1 when unknown. */
    public int weekend() {
        return weekday < 1 ? -1 : weekday >= 6 ? 1 : 0;
    }

    /** Morning (6-10) 0, daytime (11-16) 1, evening (17-22) 2, night (23-5) 3; -1 for an unknown hour. */
    public static int daypartOf(int hour) {
        if (hour < 0) {
            return -1;
        }
        return hour >= 6 && hour <= 10 ? 0 : hour >= 11 && hour <= 16 ? 1 : hour >= 17 && hour <= 22 ? 2 : 3;
    }

    /** Hour of day (UTC) of an epoch-ms time. */
    public static int hourOf(long ts) {
        return (int) Math.floorMod(ts / 3_600_000L, 24L);
    }

    /** Day of week, 1 (Monday) - 7, of an epoch-ms time (UTC). */
    public static int weekdayOf(long ts) {
        long day = Math.floorDiv(ts, 86_400_000L);
        return (int) Math.floorMod(day + 3, 7L) + 1;
    }
}
