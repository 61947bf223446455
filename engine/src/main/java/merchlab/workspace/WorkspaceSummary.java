package merchlab.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.behaviour.EventType;

/**
 * What a workspace holds at a glance: counts per table, events per type, the time range of the behaviour logs, the
 * largest top-level categories, the chosen text encoder and the saved models.
 *
 * @param eventsByType  event count per stored type name ({@code search} ... {@code purchase}), every type listed
 * @param from          the earliest event's time, or null without events
 * @param to            the latest event's time, or null without events
 * @param topCategories top-level categories (the first level of the category path) by product count, largest first
 * @param encoder       the workspace's text encoder (meta key {@code encoder}), or null when none was chosen
 */
public record WorkspaceSummary(long products, long users, long events, Map<String, Long> eventsByType, Instant from,
                               Instant to, long judgments, List<CategoryCount> topCategories, String encoder,
                               List<String> models, int schemaVersion) {
    private static final int TOP_CATEGORIES = 10;

    public WorkspaceSummary {
        eventsByType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(eventsByType));
        topCategories = List.copyOf(topCategories);
        models = List.copyOf(models);
    }

    /** A top-level category and how many products it holds. */
    public record CategoryCount(String category, long products) {
    }

    /** Reads the summary of {@code workspace}. */
    public static WorkspaceSummary of(Workspace workspace) {
        try (Connection c = workspace.connect()) {
            Map<String, Long> byType = new LinkedHashMap<>();
            for (EventType t : EventType.values()) {
                byType.put(t.code(), 0L);
            }
            long events = 0;
            Long from = null;
            Long to = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT type, count(*), min(ts), max(ts) FROM events GROUP BY type");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byType.put(rs.getString(1), rs.getLong(2));
                    events += rs.getLong(2);
                    from = from == null ? rs.getLong(3) : Math.min(from, rs.getLong(3));
                    to = to == null ? rs.getLong(4) : Math.max(to, rs.getLong(4));
                }
            }
            List<CategoryCount> top = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT CASE WHEN instr(category, ' > ') > 0 "
                    + "THEN substr(category, 1, instr(category, ' > ') - 1) ELSE category END AS top, count(*) AS n "
                    + "FROM products WHERE category IS NOT NULL AND category <> '' GROUP BY top "
                    + "ORDER BY n DESC, top LIMIT " + TOP_CATEGORIES);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    top.add(new CategoryCount(rs.getString(1), rs.getLong(2)));
                }
            }
            List<String> models = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM models ORDER BY created_at, name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    models.add(rs.getString(1));
                }
            }
            return new WorkspaceSummary(count(c, "products"), count(c, "users"), events, byType,
                    from == null ? null : Instant.ofEpochMilli(from), to == null ? null : Instant.ofEpochMilli(to),
                    count(c, "judgments"), top, meta(c, "encoder"), models, Migrations.version(c));
        } catch (SQLException e) {
            throw new MerchLabException("cannot read workspace " + workspace.file().getFileName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String meta(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
