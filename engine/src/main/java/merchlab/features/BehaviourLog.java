package merchlab.features;

import java.util.List;
import java.util.Optional;
import merchlab.behaviour.InteractionLog;

/**
 * The shop's behaviour as models and scoring read it, read-only: the engagements in time order, the full events of a
 * time window, and one shopper's history. {@link WorkspaceBehaviour} reads a workspace; {@link SplitBehaviour} holds
 * an evaluation protocol's training split in memory, so a model trains on the split without a copy of the workspace.
 */
public interface BehaviourLog {
    /**
     * The engagements (click, view, add to cart, purchase) with {@code from <= ts < to}, a shopper's immediate repeats
     * of the same product (a click followed by a cart of that product) collapsed into the first one.
     */
    InteractionLog interactions(long from, long to);

    /** Every engagement, as {@link #interactions(long, long)}. */
    default InteractionLog interactions() {
        return interactions(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Events with {@code from <= ts < to}, oldest first, with every column a click model reads. */
    EventLog events(long from, long to);

    /** Time of the first and the last event, or empty when there are none. */
    Optional<long[]> span();

    /** Products the shopper clicked, viewed, carted or bought before {@code before}, oldest first. */
    List<String> history(String userId, long before);

    /** Products shown to the shopper in recommendation lists (impressions without a query) before {@code before}. */
    List<String> recommended(String userId, long before);

    /** Whether the shopper appears in the behaviour. */
    boolean knowsShopper(String userId);
}
