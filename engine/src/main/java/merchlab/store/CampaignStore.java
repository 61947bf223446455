package merchlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import merchlab.MerchLabException;
import merchlab.ads.AdRequest;
import merchlab.ads.Campaign;
import merchlab.ads.LoggedAd;
import merchlab.ads.Surface;
import merchlab.ads.Targeting;
import merchlab.workspace.Workspace;

/**
 * A workspace's sponsored products as the replay and the Ads view read them: the imported campaigns, the ad requests
 * rebuilt from the behaviour log, and the ads it shows.
 *
 * <p>An ad request is a logged list (impressions sharing a request id) of a surface that has sponsored slots: a
 * search when its impressions carry the query, else a recommendation list. Its organic list is its impressions that
 * are not sponsored, by position; a surface's slots are the positions its sponsored impressions take anywhere in the
 * log, and each request keeps those its organic list can hold ({@link AdRequest#fillableSlots}). Money comes back
 * in cents, rounded; each call opens its own connection.
 */
public final class CampaignStore {
    private final Workspace workspace;

    public CampaignStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The campaigns with their bids and targeting, in id order. */
    public List<Campaign> campaigns() {
        try (Connection c = workspace.connect()) {
            Map<String, Map<String, Long>> bids = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT campaign_id, product_id, bid FROM campaign_bids");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bids.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2),
                            Math.max(1, Math.round(rs.getDouble(3) * 100)));
                }
            }
            Map<String, List<String>> keywords = new LinkedHashMap<>();
            Map<String, List<String>> categories = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT campaign_id, kind, value FROM campaign_targets "
                    + "ORDER BY campaign_id, kind, value"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    (rs.getString(2).equals("keyword") ? keywords : categories)
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
            List<Campaign> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, advertiser, daily_budget FROM campaigns "
                    + "ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!bids.containsKey(id)) {
                        continue;
                    }
                    out.add(new Campaign(id, rs.getString(2), Math.max(1, Math.round(rs.getDouble(3) * 100)),
                            new Targeting(keywords.getOrDefault(id, List.of()), categories.getOrDefault(id, List.of())),
                            bids.get(id)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("campaigns", e);
        }
    }

    /** The sponsored positions of each surface, as the log shows them; empty when the log has no ads. */
    public Map<Surface, List<Integer>> slots() {
        try (Connection c = workspace.connect()) {
            return slots(c);
        } catch (SQLException e) {
            throw failure("ad slots", e);
        }
    }

    /** The ad requests with {@code from <= timestamp < to}, oldest first (ties by request id). */
    public List<AdRequest> adRequests(long from, long to) {
        try (Connection c = workspace.connect()) {
            Map<Surface, List<Integer>> slots = slots(c);
            if (slots.isEmpty()) {
                return List.of();
            }
            List<AdRequest> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.request_id, e.ts, e.user_id, e.query, "
                    + "e.product_id, e.sponsored, p.category FROM events e LEFT JOIN products p ON p.id = e.product_id "
                    + "WHERE e.type = 'impression' AND e.request_id IS NOT NULL AND e.ts >= ? AND e.ts < ? "
                    + "ORDER BY e.request_id, e.position")) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    Building current = null;
                    while (rs.next()) {
                        String id = rs.getString(1);
                        if (current == null || !current.id.equals(id)) {
                            add(out, current, slots);
                            current = new Building(id, rs.getLong(2), rs.getString(3));
                        }
                        current.timestamp = Math.min(current.timestamp, rs.getLong(2));
                        if (current.query == null) {
                            current.query = rs.getString(4);
                        }
                        if (rs.getObject(6) == null) {
                            current.organic.add(rs.getString(5));
                            if (rs.getString(7) != null) {
                                current.categories.add(rs.getString(7));
                            }
                        }
                    }
                    add(out, current, slots);
                }
            }
            out.sort(Comparator.comparingLong(AdRequest::timestamp).thenComparing(AdRequest::requestId));
            return out;
        } catch (SQLException e) {
            throw failure("ad requests", e);
        }
    }

    /** The sponsored impressions with {@code from <= timestamp < to}, oldest first, with their clicks. */
    public List<LoggedAd> loggedAds(long from, long to) {
        try (Connection c = workspace.connect()) {
            Map<String, Double> clicks = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT request_id, product_id, price_paid FROM events "
                    + "WHERE sponsored = 1 AND type = 'click' AND ts >= ?")) {
                ps.setLong(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Double paid = rs.getObject(3) == null ? null : rs.getDouble(3);
                        clicks.merge(rs.getString(1) + '\n' + rs.getString(2), paid == null ? Double.NaN : paid,
                                (a, b) -> a);
                    }
                }
            }
            List<LoggedAd> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT request_id, ts, position, campaign_id, product_id, "
                    + "bid FROM events WHERE sponsored = 1 AND type = 'impression' AND ts >= ? AND ts < ? "
                    + "ORDER BY ts, request_id, position")) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getString(1) + '\n' + rs.getString(5);
                        Double paid = clicks.get(key);
                        out.add(new LoggedAd(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                                rs.getString(5), rs.getObject(6) == null ? null : rs.getDouble(6),
                                clicks.containsKey(key), paid == null || paid.isNaN() ? null : paid));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("sponsored impressions", e);
        }
    }

    private static Map<Surface, List<Integer>> slots(Connection c) throws SQLException {
        Map<Surface, Set<Integer>> found = new EnumMap<>(Surface.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT query IS NOT NULL, position FROM events "
                + "WHERE sponsored = 1 AND type = 'impression' AND position IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Surface s = rs.getBoolean(1) ? Surface.SEARCH : Surface.RECOMMENDATION;
                found.computeIfAbsent(s, k -> new TreeSet<>()).add(rs.getInt(2));
            }
        }
        Map<Surface, List<Integer>> out = new EnumMap<>(Surface.class);
        found.forEach((s, positions) -> out.put(s, List.copyOf(positions)));
        return out;
    }

    private static void add(List<AdRequest> out, Building b, Map<Surface, List<Integer>> slots) {
        if (b == null) {
            return;
        }
        Surface surface = b.query != null ? Surface.SEARCH : Surface.RECOMMENDATION;
        List<Integer> fillable = AdRequest.fillableSlots(slots.getOrDefault(surface, List.of()), b.organic.size());
        if (!fillable.isEmpty()) {
            out.add(new AdRequest(b.id, b.timestamp, b.shopper, surface, b.query, b.organic,
                    List.copyOf(b.categories), fillable));
        }
    }

    private MerchLabException failure(String what, SQLException e) {
        return new MerchLabException("cannot read the " + what + " of " + workspace.file().getFileName() + ": "
                + e.getMessage(), e);
    }

    /** A request while its impressions are read. */
    private static final class Building {
        final String id;
        final String shopper;
        long timestamp;
        final List<String> organic = new ArrayList<>();
        final LinkedHashSet<String> categories = new LinkedHashSet<>();
        String query;

        Building(String id, long timestamp, String shopper) {
            this.id = id;
            this.timestamp = timestamp;
            this.shopper = shopper;
        }
    }
}
