package merchlab.behaviour;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The shoppers' engagements with products, each shopper's in time order: the data every ranking protocol splits and
 * every sequence and co-occurrence model learns from (read from a workspace by {@code merchlab.features.BehaviourLog}).
 *
 * <p>Immutable. Shoppers are kept in id order and interactions of one shopper in time order; interactions with the same
 * timestamp keep the order they were given in, so splits are repeatable.
 */
public final class InteractionLog {
    private final Map<String, List<Interaction>> byShopper;
    private final int size;

    private InteractionLog(Map<String, List<Interaction>> byShopper) {
        this.byShopper = byShopper;
        this.size = byShopper.values().stream().mapToInt(List::size).sum();
    }

    /** A log of the given interactions, grouped by shopper and sorted by time (stable for equal times). */
    public static InteractionLog of(Collection<Interaction> interactions) {
        Map<String, List<Interaction>> grouped = new TreeMap<>();
        for (Interaction i : interactions) {
            grouped.computeIfAbsent(i.userId(), u -> new ArrayList<>()).add(i);
        }
        Map<String, List<Interaction>> sorted = new TreeMap<>();
        grouped.forEach((user, list) -> {
            list.sort(Comparator.comparingLong(Interaction::timestamp));
            sorted.put(user, Collections.unmodifiableList(list));
        });
        return new InteractionLog(Collections.unmodifiableMap(sorted));
    }

    /** The same log with each shopper's consecutive interactions with one product reduced to the first. */
    public InteractionLog withoutRepeats() {
        Map<String, List<Interaction>> out = new TreeMap<>();
        byShopper.forEach((user, list) -> {
            List<Interaction> kept = new ArrayList<>();
            for (Interaction i : list) {
                if (kept.isEmpty() || !kept.get(kept.size() - 1).productId().equals(i.productId())) {
                    kept.add(i);
                }
            }
            out.put(user, Collections.unmodifiableList(kept));
        });
        return new InteractionLog(Collections.unmodifiableMap(out));
    }

    /** The interactions that pass {@code keep}; shoppers left with none disappear. */
    public InteractionLog filter(Predicate<Interaction> keep) {
        Map<String, List<Interaction>> out = new TreeMap<>();
        byShopper.forEach((user, list) -> {
            List<Interaction> kept = list.stream().filter(keep).toList();
            if (!kept.isEmpty()) {
                out.put(user, kept);
            }
        });
        return new InteractionLog(Collections.unmodifiableMap(out));
    }

    /** Shopper ids in id order. */
    public List<String> shoppers() {
        return List.copyOf(byShopper.keySet());
    }

    /** One shopper's interactions in time order (empty for an unknown shopper). */
    public List<Interaction> interactions(String userId) {
        return byShopper.getOrDefault(userId, List.of());
    }

    /** One shopper's product ids in time order. */
    public List<String> products(String userId) {
        return interactions(userId).stream().map(Interaction::productId).toList();
    }

    /** Every interaction, shopper by shopper. */
    public Stream<Interaction> stream() {
        return byShopper.values().stream().flatMap(List::stream);
    }

    /** Number of interactions. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Distinct product ids that occur, in id order. */
    public List<String> productIds() {
        TreeSet<String> ids = new TreeSet<>();
        stream().forEach(i -> ids.add(i.productId()));
        return List.copyOf(ids);
    }

    /** How often each product occurs. */
    public Map<String, Integer> productCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        stream().forEach(i -> counts.merge(i.productId(), 1, Integer::sum));
        return counts;
    }

    /** Time of the earliest interaction, or null for an empty log. */
    public Long from() {
        return stream().mapToLong(Interaction::timestamp).min().stream().boxed().findFirst().orElse(null);
    }

    /** Time of the latest interaction, or null for an empty log. */
    public Long to() {
        return stream().mapToLong(Interaction::timestamp).max().stream().boxed().findFirst().orElse(null);
    }
}
