package merchlab.model;

import java.util.List;

/**
 * What a model scores products for: a shopper with their history, an optional query, and the context.
 *
 * @param userId  the shopper, or null for an anonymous visitor
 * @param history product ids the shopper engaged with, oldest first (may be empty)
 * @param query   the search text, or null for a recommendation
 */
public record ScoringRequest(String userId, List<String> history, String query, Context context) {
    public ScoringRequest {
        history = history == null ? List.of() : List.copyOf(history);
        context = context == null ? Context.unknown() : context;
    }

    public static ScoringRequest forShopper(String userId, List<String> history) {
        return new ScoringRequest(userId, history, null, Context.unknown());
    }
}
