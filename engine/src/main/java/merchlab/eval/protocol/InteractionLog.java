package merchlab.eval.protocol;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import merchlab.MerchLabException;
import merchlab.behaviour.EventType;
import merchlab.workspace.Workspace;

/**
 * The shoppers' engagements with products, each shopper's in time order: the data every ranking protocol splits.
 *
 * <p>Immutable. Shoppers are kept in id order and interactions of one shopper in time order; interactions with the same
 * timestamp keep the order they were given in, so splits are repeatable.
 */
public final class InteractionLog {
    private static final String ENGAGEMENT_SQL = "SELECT user_id, product_id, ts FROM events WHERE type IN ("
            + Arrays.stream(EventType.values()).filter(EventType::isEngagement).map(t -> "'" + t.code() + "'")
                    .collect(Collectors.joining(","))
            + ") AND user_id IS NOT NULL AND product_id IS NOT NULL AND ts >= ? AND ts < ? ORDER BY user_id, ts, id";

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

    /**
     * The engagement events (click, view, add to cart, purchase) of a workspace, with a shopper's immediate repeats of the
     * same product (a click followed by a cart of that product) collapsed into the first one.
     */
    public static InteractionLog fromWorkspace(Workspace workspace) {
        return fromWorkspace(workspace, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** As {@link #fromWorkspace(Workspace)}, for the events with {@code from <= ts < to}. */
    public static InteractionLog fromWorkspace(Workspace workspace, long from, long to) {
        List<Interaction> rows = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(ENGAGEMENT_SQL)) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Interaction(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read engagement events: " + e.getMessage(), e);
        }
        return of(rows).withoutRepeats();
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
