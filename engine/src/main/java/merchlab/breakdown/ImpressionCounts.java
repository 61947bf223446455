package merchlab.breakdown;

import merchlab.store.EventStore;
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
        Table counted = new EventStore(workspace).impressionOutcomes(rows.sql(), ROW, columns.sql(), COLUMN, from, to,
                to + ATTRIBUTION_DAYS * DAY, rows + " and " + columns);
        return counted.rowCount() > 0 ? counted : empty(); // without rows SQLite cannot tell the types
    }

    private static Table empty() {
        return Table.create("counts", StringColumn.create(ROW), StringColumn.create(COLUMN),
                IntColumn.create("impressions"), IntColumn.create("clicks"), IntColumn.create("carts"),
                IntColumn.create("purchases"));
    }

    /** The first and last impression's time (epoch ms), or null when the workspace shows none. */
    long[] span() {
        return new EventStore(workspace).impressionSpan().orElse(null);
    }
}
