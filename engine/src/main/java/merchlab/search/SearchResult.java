package merchlab.search;

import java.util.List;
import merchlab.query.QueryIntent;

/**
 * What a search returned: how the query was read, the filters actually applied (the caller's, narrowed by a price
 * stated in the query), and the candidates, best first.
 */
public record SearchResult(QueryIntent intent, Filters filters, List<Candidate> candidates) {
    public SearchResult {
        candidates = List.copyOf(candidates);
    }
}
