package merchlab.breakdown;

import java.util.Optional;
import merchlab.MerchLabException;
import merchlab.eval.stats.WilsonInterval;
import merchlab.workspace.Workspace;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.joining.DataFrameJoiner;
import tech.tablesaw.joining.JoinType;

/**
 * Breaks a period's impressions down by two dimensions: SQL counts impressions and their outcomes per pair of values
 * ({@link ImpressionCounts}); Tablesaw adds each rate with its Wilson 95% interval and joins the previous period of the
 * same length, cell by cell.
 */
public final class Breakdowns {
    private final ImpressionCounts counts;

    public Breakdowns(Workspace workspace) {
        this.counts = new ImpressionCounts(workspace);
    }

    /** The first and last impression's time (epoch ms), or empty when the workspace shows no product yet. */
    public Optional<long[]> span() {
        return Optional.ofNullable(counts.span());
    }

    /** The breakdown of [{@code from}, {@code to}) beside [{@code from - (to - from)}, {@code from}). */
    public BreakdownReport run(Dimension rows, Dimension columns, long from, long to) {
        if (rows == columns) {
            throw new MerchLabException("break down by two different dimensions, not " + rows + " twice");
        }
        if (to <= from) {
            throw new MerchLabException("the period must end after it starts");
        }
        return report(rows, columns, from, to, counts.count(rows, columns, from, to),
                counts.count(rows, columns, from - (to - from), from));
    }

    /** The in-memory part: rates, intervals, the periods joined cell by cell, and the totals. */
    static BreakdownReport report(Dimension rows, Dimension columns, long from, long to, Table countedNow,
                                  Table countedBefore) {
        Table now = withRates(countedNow);
        Table before = withRates(countedBefore);
        return new BreakdownReport(rows, columns, from, to, compared(now, before), totals(now), totals(before));
    }

    /** Adds, per metric, the rate and its interval: {@code ctr, ctr_low, ctr_high} and so on. */
    static Table withRates(Table counted) {
        NumericColumn<?> impressions = counted.numberColumn("impressions");
        for (Metric m : Metric.values()) {
            NumericColumn<?> events = counted.numberColumn(m.events());
            DoubleColumn rate = DoubleColumn.create(m.column(), counted.rowCount());
            DoubleColumn low = DoubleColumn.create(m.column() + "_low", counted.rowCount());
            DoubleColumn high = DoubleColumn.create(m.column() + "_high", counted.rowCount());
            for (int i = 0; i < counted.rowCount(); i++) {
                long n = (long) impressions.getDouble(i);
                long k = Math.min(n, (long) events.getDouble(i));
                double[] band = WilsonInterval.of(k, n);
                rate.set(i, n == 0 ? Double.NaN : (double) k / n);
                low.set(i, band[0]);
                high.set(i, band[1]);
            }
            counted.addColumns(rate, low, high);
        }
        return counted;
    }

    /** Each cell of {@code now} with the same cell of {@code before} ({@code previous_...}) and the change. */
    private static Table compared(Table now, Table before) {
        Table previous = Table.create("previous", before.stringColumn(ImpressionCounts.ROW).copy(),
                before.stringColumn(ImpressionCounts.COLUMN).copy(),
                before.numberColumn("impressions").asDoubleColumn().setName("previous_impressions"));
        for (Metric m : Metric.values()) {
            previous.addColumns(before.doubleColumn(m.column()).copy().setName("previous_" + m.column()));
        }
        Table joined = new DataFrameJoiner(now, ImpressionCounts.ROW, ImpressionCounts.COLUMN).with(previous)
                .type(JoinType.LEFT_OUTER).join();
        for (Metric m : Metric.values()) {
            joined.addColumns(joined.doubleColumn(m.column()).subtract(joined.doubleColumn("previous_" + m.column()))
                    .setName(m.column() + "_change"));
        }
        return joined.sortAscendingOn(ImpressionCounts.ROW, ImpressionCounts.COLUMN);
    }

    /** One row of sums over every cell, with its rates. */
    private static Table totals(Table cells) {
        Table total = Table.create("total", DoubleColumn.create("impressions",
                new double[] {cells.numberColumn("impressions").sum()}));
        for (Metric m : Metric.values()) {
            total.addColumns(DoubleColumn.create(m.events(), new double[] {cells.numberColumn(m.events()).sum()}));
        }
        return withRates(total);
    }
}
