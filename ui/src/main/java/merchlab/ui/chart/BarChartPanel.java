package merchlab.ui.chart;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.AxisLabelOverlapPolicy;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.EditAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import merchlab.MerchLabException;
import merchlab.csv.CsvWriter;
import merchlab.ui.export.Snapshots;

/**
 * A titled bar chart (chartfx) of labelled {@link Bar}s: a waterfall of steps between totals, or bars from 0 with
 * confidence whiskers. Zoom, pan, a tooltip per bar, and buttons that export the picture to PNG and the bars to CSV.
 * Bars are replaced in one update per {@link #show} call; call on the FX thread.
 */
public final class BarChartPanel {
    private final String id;
    private final String valueName;
    private final CategoryAxis x = new CategoryAxis("");
    private final DefaultNumericAxis y;
    private final XYChart chart;
    private final BarRenderer renderer;
    private final Label empty = new Label("No data");
    private final VBox root;
    private List<Bar> shown = List.of();
    private ChartPanel.ExportTargets targets = ChartPanel.ExportTargets.chooser();

    public BarChartPanel(String id, String title, String valueName) {
        this.id = id;
        this.valueName = valueName;
        y = new DefaultNumericAxis(valueName);
        y.setAutoRangeRounding(false);
        y.setUnit(null);
        x.setUnit(null);
        x.setOverlapPolicy(AxisLabelOverlapPolicy.SHIFT_ALT);
        chart = new XYChart(x, y);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.getPlugins().addAll(ChartZoom.zoomer(), new EditAxis(), new DataPointTooltip());
        renderer = new BarRenderer(x, y);
        chart.getRenderers().setAll(renderer);
        chart.setId(id + "Chart");
        root = new VBox(4, toolbar(), ChartPanel.floor(chart, ChartPanel.MIN_HEIGHT + 20));
        root.getStyleClass().add("chart-panel");
        root.setId(id);
    }

    public Node createView() {
        return root;
    }

    /** Draws {@code bars} left to right; with {@code waterfall}, thin lines join each bar's end to the next bar. */
    public void show(List<Bar> bars, boolean waterfall) {
        shown = List.copyOf(bars);
        List<String> labels = new ArrayList<>();
        DoubleDataSet points = new DoubleDataSet(valueName, Math.max(1, shown.size()));
        double min = 0;
        double max = 0;
        for (int i = 0; i < shown.size(); i++) {
            Bar b = shown.get(i);
            labels.add(b.label());
            points.add(i, b.to());
            points.addDataLabel(i, b.label() + ": " + describe(b));
            for (double v : new double[] {b.from(), b.to(), b.low(), b.high()}) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double pad = Math.max(1e-9, 0.06 * (max - min));
        x.setCategories(labels);
        x.setAutoRanging(false);
        x.set(-0.5, Math.max(0.5, shown.size() - 0.5));
        y.setAutoRanging(false);
        y.set(min - (min < 0 ? pad : 0), max + pad);
        renderer.setBars(shown, waterfall);
        renderer.getDatasets().setAll(points);
        empty.setVisible(shown.isEmpty());
    }

    /** What the chart shows now. */
    public List<Bar> bars() {
        return shown;
    }

    public void setExportTargets(ChartPanel.ExportTargets targets) {
        this.targets = targets;
    }

    /** Writes the chart as a PNG image. */
    public Path exportPng(Path file) {
        return Snapshots.save(chart, file);
    }

    /** Writes the bars as CSV: label, from, to, change, interval ends. */
    public Path exportCsv(Path file) {
        try (CsvWriter out = new CsvWriter(file, List.of("bar", "from", "to", "change", "low", "high"))) {
            for (Bar b : shown) {
                out.cell(b.label()).raw(number(b.from())).raw(number(b.to())).raw(number(b.change()))
                        .raw(number(b.low())).raw(number(b.high())).endRow();
            }
            return file;
        } catch (UncheckedIOException e) {
            throw new MerchLabException("cannot write chart data to " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    private static String describe(Bar b) {
        String text = b.kind() == Bar.Kind.TOTAL ? String.format(Locale.ROOT, "%.4f", b.to())
                : String.format(Locale.ROOT, "%+.4f (%.4f → %.4f)", b.change(), b.from(), b.to());
        return b.hasInterval() ? text + String.format(Locale.ROOT, ", 95%% interval [%.4f, %.4f]", b.low(), b.high())
                : text;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private Node toolbar() {
        return ChartToolbar.of(id, empty, chart, "hover a bar for its value · " + ChartToolbar.ZOOM_HINT,
                () -> targets.target(root.getScene().getWindow(), id + ".png", "png").ifPresent(this::exportPng),
                () -> targets.target(root.getScene().getWindow(), id + ".csv", "csv").ifPresent(this::exportCsv));
    }
}
