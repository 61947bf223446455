package merchlab.breakdown;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The big scan, in SQL: the impressions of a period counted by two dimensions, with how many of them were clicked,
 * led to an add-to-cart and led to a purchase. An outcome belongs to an impression when it names the same product and
 * result list (request id) and happens within {@link #ATTRIBUTION_DAYS} days of the period's end; impressions without a
 * request id cannot be followed and count as without outcome.
 */
final class ImpressionCounts {
    /** How long after the period an add-to-cart or purchase still counts for its impressions. */
    static final int ATTRIBUTION_DAYS = 7;
    static final String ROW = "row_value";
    static final String COLUMN = "column_value";
    private static final long DAY = 86_400_000L;

    private final Workspace workspace;

    ImpressionCounts(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Columns {@code row_value, column_value, impressions, clicks, carts, purchases}, one row per pair of values
     * shown in [{@code from}, {@code to}).
     */
    Table count(Dimension rows, Dimension columns, long from, long to) {
        String sql = "WITH outcome AS (SELECT request_id, product_id, MAX(type = 'click') AS clicked, "
                + "MAX(type = 'add_to_cart') AS carted, MAX(type = 'purchase') AS bought FROM events "
                + "WHERE type IN ('click', 'add_to_cart', 'purchase') AND request_id IS NOT NULL "
                + "AND ts >= ? AND ts < ? GROUP BY request_id, product_id) "
                + "SELECT " + rows.sql() + " AS " + ROW + ", " + columns.sql() + " AS " + COLUMN + ", "
                + "COUNT(*) AS impressions, COALESCE(SUM(o.clicked), 0) AS clicks, "
                + "COALESCE(SUM(o.carted), 0) AS carts, COALESCE(SUM(o.bought), 0) AS purchases "
                + "FROM events i LEFT JOIN outcome o ON o.request_id = i.request_id AND o.product_id = i.product_id "
                + "LEFT JOIN products p ON p.id = i.product_id "
                + "WHERE i.type = 'impression' AND i.ts >= ? AND i.ts < ? GROUP BY 1, 2 ORDER BY 1, 2";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, from);
            ps.setLong(2, to + ATTRIBUTION_DAYS * DAY);
            ps.setLong(3, from);
            ps.setLong(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                Table counted = Table.read().db(rs);
                return counted.rowCount() > 0 ? counted : empty(); // without rows SQLite cannot tell the types
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot count impressions by " + rows + " and " + columns + ": "
                    + e.getMessage(), e);
        }
    }

    private static Table empty() {
        return Table.create("counts", StringColumn.create(ROW), StringColumn.create(COLUMN),
                IntColumn.create("impressions"), IntColumn.create("clicks"), IntColumn.create("carts"),
                IntColumn.create("purchases"));
    }

    /** The first and last impression's time (epoch ms), or null when the workspace shows none. */
    long[] span() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(ts), MAX(ts) FROM events WHERE type = 'impression'"); ResultSet rs = ps.executeQuery()) {
            long first = rs.getLong(1);
            return rs.wasNull() ? null : new long[] {first, rs.getLong(2)};
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the impressions' dates: " + e.getMessage(), e);
        }
    }
}
