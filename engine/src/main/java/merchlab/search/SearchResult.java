package merchlab.search;

import java.util.List;
import java.util.Set;
import merchlab.query.QueryIntent;

/**
 * What a search returned: how the query was read, the filters actually applied (the caller's, narrowed by what the
 * query states), which of them came from the query, and the candidates, best first.
 */
public record SearchResult(QueryIntent intent, Filters filters, Set<IntentFilter> fromQuery, List<Candidate> candidates) {
    public SearchResult {
        fromQuery = Set.copyOf(fromQuery);
        candidates = List.copyOf(candidates);
    }
}
