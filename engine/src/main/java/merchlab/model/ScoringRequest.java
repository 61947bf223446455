package merchlab.model;

import java.util.List;

/**
 * What a model scores products for: a shopper with their history, an optional query, and the context.
 *
 * @param userId  the shopper, or null for an anonymous visitor
 * @param history product ids the shopper engaged with, oldest first (may be empty)
 * @param query   the search text, or null for a recommendation
 * @param shown   product ids shown to the shopper in earlier recommendation lists, oldest first (may be empty): what the
 *                shop has been offering them
 */
public record ScoringRequest(String userId, List<String> history, String query, Context context, List<String> shown) {
    public ScoringRequest {
        history = history == null ? List.of() : List.copyOf(history);
        context = context == null ? Context.unknown() : context;
        shown = shown == null ? List.of() : List.copyOf(shown);
    }

    /** A request without earlier recommendations. */
    public ScoringRequest(String userId, List<String> history, String query, Context context) {
        this(userId, history, query, context, List.of());
    }

    public static ScoringRequest forShopper(String userId, List<String> history) {
        return new ScoringRequest(userId, history, null, Context.unknown());
    }
}
