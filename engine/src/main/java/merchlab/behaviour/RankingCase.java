package merchlab.behaviour;

import java.util.List;
import java.util.Set;

/**
 * One shopper to rank products for: what the recommender may see, what it must not recommend, and what counts as a hit.
 *
 * @param history  the shopper's known products, oldest first, given to the recommender
 * @param excluded products left out of the ranking (already known to the protocol as the shopper's)
 * @param relevant the held-out products a good ranking puts on top
 */
public record RankingCase(String userId, List<String> history, Set<String> excluded, Set<String> relevant) {
    public RankingCase {
        history = List.copyOf(history);
        excluded = Set.copyOf(excluded);
        relevant = Set.copyOf(relevant);
    }
}
