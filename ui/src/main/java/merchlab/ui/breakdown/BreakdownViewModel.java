package merchlab.ui.breakdown;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import merchlab.breakdown.BreakdownReport;
import merchlab.breakdown.Breakdowns;
import merchlab.breakdown.Dimension;
import merchlab.breakdown.Metric;
import merchlab.ui.Workbench;
import merchlab.ui.format.Formats;
import merchlab.ui.status.ProblemText;
import merchlab.workspace.Workspace;

/**
 * The Breakdowns section's state: two dimensions, a rate and a period (whole UTC days), the breakdown of that period
 * beside the one before it, and a CSV export. Opens on the last 7 days of the workspace's impressions.
 */
public final class BreakdownViewModel {
    /** Days the period covers when a workspace opens. */
    static final int FIRST_DAYS = 7;
    private static final long DAY = 86_400_000L;

    // settings the form edits
    private final ObjectProperty<Dimension> rows = new SimpleObjectProperty<>(this, "rows", Dimension.CATEGORY);
    private final ObjectProperty<Dimension> columns = new SimpleObjectProperty<>(this, "columns", Dimension.DEVICE);
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(this, "metric", Metric.CTR);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    // state
    private final ReadOnlyObjectWrapper<BreakdownReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Grid> grid = new ReadOnlyObjectWrapper<>(this, "grid");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    private final Workbench workbench;
    private int asked;

    /**
     * The chosen rate laid out as text: one header per column value, one line per row value, each cell "12.34% of
     * 1,234" or "–" where nothing was shown.
     */
    public record Grid(List<String> header, List<List<String>> lines) {
    }

    public BreakdownViewModel(Workbench workbench) {
        this.workbench = workbench;
        workbench.workspaceProperty().addListener((obs, old, now) -> opened());
        workbench.dataVersionProperty().addListener((obs, old, now) -> opened());
        metric.addListener((obs, old, now) -> grid.set(grid(report.get(), now)));
        opened();
    }

    public ObjectProperty<Dimension> rowsProperty() {
        return rows;
    }

    public ObjectProperty<Dimension> columnsProperty() {
        return columns;
    }

    /** The rate the grid shows; changing it redraws without counting again. */
    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    /** The period's first day (UTC). */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The period's last day (UTC), included. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The last breakdown, or null before the first. */
    public ReadOnlyObjectProperty<BreakdownReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The chosen rate of the last breakdown, as the grid shows it. */
    public ReadOnlyObjectProperty<Grid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    // commands

    /** Counts the period and the one before it by the two dimensions. */
    public void run() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws == null) {
            message.set("Open a workspace first");
            return;
        }
        if (from.get() == null || to.get() == null) {
            message.set("Choose the period's first and last day");
            return;
        }
        if (to.get().isBefore(from.get())) {
            message.set("The period's last day (" + to.get() + ") is before its first (" + from.get() + ")");
            return;
        }
        if (rows.get() == columns.get()) {
            message.set("Choose two different dimensions, not " + rows.get() + " twice");
            return;
        }
        Dimension down = rows.get();
        Dimension across = columns.get();
        long start = millis(from.get());
        long end = millis(to.get().plusDays(1));
        int ticket = ++asked;
        running.set(true);
        message.set("Counting…");
        workbench.tasks().submit("Breaking down impressions", context -> new Breakdowns(ws).run(down, across, start,
                end), r -> {
                    if (ticket == asked) {
                        running.set(false);
                        report.set(r);
                        grid.set(grid(r, metric.get()));
                        message.set(summary(r));
                    }
                }, error -> {
                    running.set(false);
                    message.set("Could not break down: " + ProblemText.reason(error));
                });
    }

    /** Writes the last breakdown, every cell and rate, as CSV. */
    public void exportCsv(Path file) {
        BreakdownReport r = report.get();
        if (r == null) {
            message.set("Break down first, then export");
            return;
        }
        workbench.tasks().submit("Exporting the breakdown", context -> r.writeCsv(file),
                written -> message.set("Saved " + Formats.count(r.cells().size()) + " rows to " + written),
                error -> message.set("Could not export: " + ProblemText.reason(error)));
    }

    // text

    /**
     * One line about the whole period: "1,234 impressions, 2024-03-01 to 2024-03-07 · CTR 12.34% (+2.34 pts) · ...
     * · changes against the 7 days before".
     */
    static String summary(BreakdownReport r) {
        BreakdownReport.Cell t = r.total();
        String period = Formats.date(r.from()) + " to " + Formats.date(r.to() - DAY);
        if (t.impressions() == 0) {
            return "No impressions from " + period;
        }
        StringBuilder s = new StringBuilder(Formats.count(t.impressions()) + " impressions, " + period);
        for (Metric m : Metric.values()) {
            s.append(" · ").append(m).append(' ').append(percent(t.rate(m).value())).append(" (")
                    .append(points(t.rate(m).change())).append(')');
        }
        long days = (r.to() - r.from()) / DAY;
        return s.append(" · changes against the ").append(days == 1 ? "day" : Formats.count(days) + " days")
                .append(" before").toString();
    }

    /** One cell as the grid shows it: "12.34% of 1,234". */
    static String cellText(BreakdownReport.Cell c, Metric m) {
        return percent(c.rate(m).value()) + " of " + Formats.count(c.impressions());
    }

    /** A rate with its interval and change: "12.34% [11.20%, 13.50%] · before 10.00% · +2.34 pts". */
    public static String detail(BreakdownReport.Rate r) {
        String now = percent(r.value()) + " [" + percent(r.low()) + ", " + percent(r.high()) + "]";
        return Double.isNaN(r.previous()) ? now + " · not shown before"
                : now + " · before " + percent(r.previous()) + " · " + points(r.change());
    }

    /** 0.12345 -> "12.35%"; "–" when undefined. */
    public static String percent(double rate) {
        return Double.isNaN(rate) ? "–" : String.format(java.util.Locale.ROOT, "%.2f%%", rate * 100);
    }

    /** A change of rates in percentage points: 0.0234 -> "+2.34 pts". */
    static String points(double change) {
        return Double.isNaN(change) ? "–" : String.format(java.util.Locale.ROOT, "%+.2f pts", change * 100);
    }

    static Grid grid(BreakdownReport r, Metric m) {
        if (r == null) {
            return null;
        }
        BreakdownReport.Pivot p = r.pivot(m);
        Map<String, BreakdownReport.Cell> cells = new HashMap<>();
        r.cells().forEach(c -> cells.put(c.row() + "\u0000" + c.column(), c));
        List<String> header = new ArrayList<>();
        header.add(r.rows().word() + " \\ " + r.columns().word());
        header.addAll(p.columns());
        List<List<String>> lines = new ArrayList<>();
        for (String row : p.rows()) {
            List<String> line = new ArrayList<>();
            line.add(row);
            for (String column : p.columns()) {
                BreakdownReport.Cell c = cells.get(row + "\u0000" + column);
                line.add(c == null ? "–" : cellText(c, m));
            }
            lines.add(line);
        }
        return new Grid(header, lines);
    }

    private void opened() {
        Workspace ws = workbench.workspaceProperty().get();
        report.set(null);
        grid.set(null);
        if (ws == null) {
            return;
        }
        workbench.tasks().submit("Reading the impressions' dates", context -> new Breakdowns(ws).span(), span -> {
            Optional<long[]> s = span;
            if (s.isEmpty()) {
                message.set("This workspace has no impressions to break down yet: import behaviour logs");
                return;
            }
            LocalDate last = day(s.get()[1]);
            LocalDate first = day(s.get()[0]);
            to.set(last);
            from.set(last.minusDays(FIRST_DAYS - 1).isBefore(first) ? first : last.minusDays(FIRST_DAYS - 1));
            run();
        }, error -> message.set("Could not read the impressions' dates: " + ProblemText.reason(error)));
    }

    private static LocalDate day(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
