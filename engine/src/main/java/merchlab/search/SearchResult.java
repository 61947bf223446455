package merchlab.search;

import java.util.List;
import java.util.Set;
import merchlab.query.QueryIntent;

/**
 * What a search returned: how the query was read (with the words corrected to the catalog's spelling), the encoder
 * that embedded it (the one of its script when the workspace holds several), the filters actually applied (the caller's, narrowed by what the query states), which of them came from the query, and the
 * candidates, best first.
 */
public record SearchResult(QueryIntent intent, List<Correction> corrections, String encoder, Filters filters,
                           Set<IntentFilter> fromQuery, List<Candidate> candidates) {
    public SearchResult {
        corrections = List.copyOf(corrections);
        fromQuery = Set.copyOf(fromQuery);
        candidates = List.copyOf(candidates);
    }
}
