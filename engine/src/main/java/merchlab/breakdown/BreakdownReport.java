package merchlab.breakdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A finished breakdown: every cell (a pair of values) of the period with its counts, rates, intervals and the previous
 * period's rates, the totals of both periods, a pivot of any one rate, and the whole table as CSV.
 */
public final class BreakdownReport {
    /**
     * One rate of one cell.
     *
     * @param events   impressions that led to the event (clicks, add-to-carts, purchases)
     * @param value    events per impression, NaN without impressions
     * @param low      lower end of the Wilson 95% interval
     * @param high     upper end
     * @param previous the rate in the previous period, NaN where that period showed the cell nothing
     */
    public record Rate(long events, double value, double low, double high, double previous) {
        /** The rate now minus the rate before, NaN without a previous rate. */
        public double change() {
            return value - previous;
        }
    }

    /** One pair of values, with {@code previousImpressions} NaN where the previous period has no such cell. */
    public record Cell(String row, String column, long impressions, double previousImpressions,
                       Map<Metric, Rate> rates) {
        public Rate rate(Metric m) {
            return rates.get(m);
        }
    }

    /** One rate laid out with the rows' values down and the columns' values across; NaN where no cell exists. */
    public record Pivot(List<String> rows, List<String> columns, double[][] values) {
    }

    private final Dimension rows;
    private final Dimension columns;
    private final long from;
    private final long to;
    private final Table table;
    private final Cell total;

    BreakdownReport(Dimension rows, Dimension columns, long from, long to, Table table, Table now, Table before) {
        this.rows = rows;
        this.columns = columns;
        this.from = from;
        this.to = to;
        this.table = table;
        Map<Metric, Rate> rates = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            String c = m.column();
            rates.put(m, new Rate((long) now.numberColumn(m.events()).getDouble(0), now.doubleColumn(c).getDouble(0),
                    now.doubleColumn(c + "_low").getDouble(0), now.doubleColumn(c + "_high").getDouble(0),
                    before.doubleColumn(c).getDouble(0)));
        }
        this.total = new Cell("all", "all", (long) now.numberColumn("impressions").getDouble(0),
                before.numberColumn("impressions").getDouble(0), rates);
    }

    public Dimension rows() {
        return rows;
    }

    public Dimension columns() {
        return columns;
    }

    /** Epoch ms of the period's start (inclusive) and end (exclusive); the previous period is as long, just before. */
    public long from() {
        return from;
    }

    public long to() {
        return to;
    }

    /** Every cell of the period, by row value then column value. */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>(table.rowCount());
        for (int i = 0; i < table.rowCount(); i++) {
            Map<Metric, Rate> rates = new EnumMap<>(Metric.class);
            for (Metric m : Metric.values()) {
                String c = m.column();
                rates.put(m, new Rate((long) table.numberColumn(m.events()).getDouble(i),
                        table.doubleColumn(c).getDouble(i), table.doubleColumn(c + "_low").getDouble(i),
                        table.doubleColumn(c + "_high").getDouble(i),
                        table.doubleColumn("previous_" + c).getDouble(i)));
            }
            out.add(new Cell(table.stringColumn(ImpressionCounts.ROW).get(i),
                    table.stringColumn(ImpressionCounts.COLUMN).get(i),
                    (long) table.numberColumn("impressions").getDouble(i),
                    table.doubleColumn("previous_impressions").getDouble(i), rates));
        }
        return out;
    }

    /** The sums over every cell, with the previous period's rates. */
    public Cell total() {
        return total;
    }

    /** {@code metric} with the rows' values down and the columns' values across (Tablesaw's pivot). */
    public Pivot pivot(Metric metric) {
        if (table.rowCount() == 0) {
            return new Pivot(List.of(), List.of(), new double[0][0]);
        }
        Table pivot = table.pivot(ImpressionCounts.ROW, ImpressionCounts.COLUMN, metric.column(),
                AggregateFunctions.mean);
        List<String> across = pivot.columnNames().subList(1, pivot.columnCount()).stream().sorted().toList();
        List<String> down = new ArrayList<>();
        double[][] values = new double[pivot.rowCount()][across.size()];
        Table sorted = pivot.sortAscendingOn(pivot.column(0).name());
        for (int r = 0; r < sorted.rowCount(); r++) {
            down.add(sorted.column(0).getString(r));
            for (int c = 0; c < across.size(); c++) {
                Column<?> col = sorted.column(across.get(c));
                values[r][c] = col.isMissing(r) ? Double.NaN : sorted.numberColumn(across.get(c)).getDouble(r);
            }
        }
        return new Pivot(down, across, values);
    }

    /** Writes every cell as CSV, its first two columns named after the dimensions. */
    public Path writeCsv(Path file) {
        Table out = table.copy();
        out.stringColumn(ImpressionCounts.ROW).setName(rows.word());
        out.stringColumn(ImpressionCounts.COLUMN).setName(columns.word());
        try {
            out.write().csv(file.toFile());
            return file;
        } catch (RuntimeException e) {
            throw new MerchLabException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
