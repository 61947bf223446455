package merchlab.breakdown;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import merchlab.workspace.Workspace;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Table;

/**
 * Where a breakdown's time goes, and whether SQL counting plus Tablesaw in memory is the right split: for a few pairs
 * of dimensions over the last {@code days} days of a workspace, the SQL counts of both periods, the Tablesaw part
 * (rates, intervals, join, totals, one pivot), and as the alternative split every impression read into Tablesaw and
 * grouped there. Usage: {@code BreakdownBenchmark WORKSPACE [days] [rounds]}; the workspace is opened read-only.
 */
public final class BreakdownBenchmark {
    private static final long DAY = 86_400_000L;
    private static final List<Dimension[]> PAIRS = List.of(new Dimension[] {Dimension.CATEGORY, Dimension.DEVICE},
            new Dimension[] {Dimension.POSITION, Dimension.WEEKDAY}, new Dimension[] {Dimension.HOUR, Dimension.DAY},
            new Dimension[] {Dimension.CATEGORY, Dimension.DAY});

    private BreakdownBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.openForReading(Path.of(args[0]));
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long t0 = System.nanoTime();
        Table.create("warm-up");
        System.out.printf(Locale.ROOT, "Tablesaw's first use (class set-up, class-path scan): %.0f ms%n", ms(t0));
        ImpressionCounts counts = new ImpressionCounts(ws);
        long[] span = counts.span();
        long to = (span[1] / DAY + 1) * DAY;
        long from = to - days * DAY;
        System.out.printf(Locale.ROOT, "period: %d days before %s, beside the %d days before it%n", days,
                java.time.Instant.ofEpochMilli(to), days);
        for (int round = 1; round <= rounds; round++) {
            for (Dimension[] pair : PAIRS) {
                long a = System.nanoTime();
                Table now = counts.count(pair[0], pair[1], from, to);
                Table before = counts.count(pair[0], pair[1], from - (to - from), from);
                double sql = ms(a);
                long b = System.nanoTime();
                BreakdownReport r = Breakdowns.report(pair[0], pair[1], from, to, now, before);
                r.pivot(Metric.CTR);
                double memory = ms(b);
                long c = System.nanoTime();
                int groups = groupedInTablesaw(ws, pair[0], pair[1], from, to);
                double alternative = ms(c);
                System.out.printf(Locale.ROOT, "round %d  %-8s x %-8s  %,9d impressions  %4d cells  SQL counts %7.0f ms"
                                + "  Tablesaw rates/join/pivot %5.0f ms  | all impressions grouped in Tablesaw %7.0f ms"
                                + " (%d cells)%n", round, pair[0], pair[1], r.total().impressions(), r.cells().size(),
                        sql, memory, alternative, groups);
            }
        }
    }

    /** The other split for one period: SQL only joins, every impression comes into Tablesaw and is grouped there. */
    private static int groupedInTablesaw(Workspace ws, Dimension rows, Dimension columns, long from, long to)
            throws Exception {
        String sql = "WITH outcome AS (SELECT request_id, product_id, MAX(type = 'click') AS clicked, "
                + "MAX(type = 'add_to_cart') AS carted, MAX(type = 'purchase') AS bought FROM events "
                + "WHERE type IN ('click', 'add_to_cart', 'purchase') AND request_id IS NOT NULL AND ts >= ? AND ts < ? "
                + "GROUP BY request_id, product_id) SELECT " + rows.sql() + " AS a, " + columns.sql() + " AS b, "
                + "COALESCE(o.clicked, 0) AS clicked, COALESCE(o.carted, 0) AS carted, COALESCE(o.bought, 0) AS bought "
                + "FROM events i LEFT JOIN outcome o ON o.request_id = i.request_id AND o.product_id = i.product_id "
                + "LEFT JOIN products p ON p.id = i.product_id WHERE i.type = 'impression' AND i.ts >= ? AND i.ts < ?";
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, from);
            ps.setLong(2, to + ImpressionCounts.ATTRIBUTION_DAYS * DAY);
            ps.setLong(3, from);
            ps.setLong(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                Table all = Table.read().db(rs);
                return all.summarize("clicked", "carted", "bought", AggregateFunctions.sum).by("a", "b").rowCount();
            }
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
