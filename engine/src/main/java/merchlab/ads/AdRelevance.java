package merchlab.ads;

/** How relevant an advertised product is to a request (the query, or the recommendation list), within [0, 1]. */
@FunctionalInterface
public interface AdRelevance {
    /** Relevance that does not differ between ads: blending it in changes nothing. */
    AdRelevance NONE = (request, ad) -> 1.0;

    /** The ad's relevance to the request, within [0, 1]. */
    double score(AdRequest request, AdCandidate ad);
}
