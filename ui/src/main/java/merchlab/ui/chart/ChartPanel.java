package merchlab.ui.chart;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.EditAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.DoubleErrorDataSet;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import merchlab.ui.export.Snapshots;

/**
 * A titled line chart (chartfx) with zoom, pan, tooltips and axis editing, and buttons that export the picture to PNG
 * and the curves to CSV. A curve named "observed…" is blue, "predicted…" or "model" orange, "perfect" and "chance"
 * grey, in every chart. Curves are replaced in one bulk update per call of {@link #show}; call on the FX thread.
 */
public final class ChartPanel {
    private static final int MARKER_LIMIT = 2_000;
    /** The smallest a chart is drawn (axes and plot): below it the page scrolls instead of squeezing the chart. */
    public static final double MIN_WIDTH = 320;
    /** See {@link #MIN_WIDTH}. */
    public static final double MIN_HEIGHT = 220;

    private static final double DAY_MILLIS = 86_400_000;
    private final String id;
    private final String xName;
    private final String yName;
    private final XYChart chart;
    private final ErrorDataSetRenderer bands = new ErrorDataSetRenderer();
    private final ErrorDataSetRenderer lines = new ErrorDataSetRenderer();
    private final Label empty = new Label("No data");
    private final VBox root;
    private final List<XValueIndicator> marks = new ArrayList<>();
    private List<Series> shown = List.of();
    private ExportTargets targets = ExportTargets.chooser();

    /** Where exports go: a file chooser in the window, a fixed folder in tests. */
    public interface ExportTargets {
        Optional<Path> target(Window owner, String suggestedName, String extension);

        static ExportTargets chooser() {
            return (owner, name, extension) -> {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName(name);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " files",
                        "*." + extension));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
            };
        }
    }

    public ChartPanel(String id, String title, String xName, String yName) {
        this.id = id;
        this.xName = xName;
        this.yName = yName;
        DefaultNumericAxis x = new StepAxis(xName);
        DefaultNumericAxis y = new StepAxis(yName);
        x.setAutoRangeRounding(false);
        y.setAutoRangeRounding(false);
        // a margin around the points, so that the first and the last marker are drawn whole
        x.setAutoRangePadding(0.04);
        y.setAutoRangePadding(0.06);
        x.setUnit(null); // no empty "[]" after the axis names
        y.setUnit(null);
        y.setForceZeroInRange(true);
        chart = new XYChart(x, y);
        chart.setTitle(title);
        chart.setLegendVisible(true);
        chart.getPlugins().addAll(ChartZoom.zoomer(), new EditAxis(), new DataPointTooltip());
        bands.setErrorStyle(ErrorStyle.ERRORSURFACE);
        bands.setDrawMarker(false);
        lines.setErrorStyle(ErrorStyle.NONE);
        lines.setDrawMarker(true);
        chart.getRenderers().setAll(lines, bands);
        chart.setId(id + "Chart");
        root = new VBox(4, toolbar(), ChartPanel.floor(chart, MIN_HEIGHT));
        root.getStyleClass().add("chart-panel");
        root.setId(id);
    }

    /**
     * The chart in a holder that keeps it at least {@link #MIN_WIDTH} by {@code minHeight} (chartfx's own stylesheet
     * sets the chart's minimum size, so the holder carries ours) and lets it grow with the panel.
     */
    static Node floor(Region chart, double minHeight) {
        StackPane holder = new StackPane(chart);
        holder.setMinSize(MIN_WIDTH, minHeight);
        VBox.setVgrow(holder, Priority.ALWAYS);
        return holder;
    }

    /** Labels the x axis with UTC dates, ticks on midnights: for curves whose x values are epoch milliseconds. */
    public ChartPanel datesOnX() {
        StepAxis x = (StepAxis) chart.getXAxis();
        x.step = DAY_MILLIS;
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number millis) {
                OffsetDateTime t = Instant.ofEpochMilli(millis.longValue()).atOffset(ZoneOffset.UTC);
                return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                        : String.format(Locale.ROOT, "%02d-%02d %02d:%02d", t.getMonthValue(), t.getDayOfMonth(),
                                t.getHour(), t.getMinute());
            }

            @Override
            public Number fromString(String day) {
                return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
        });
        return this;
    }

    /** Puts the x axis's ticks on whole numbers only: for epochs, positions and other counts. */
    public ChartPanel wholeNumbersOnX() {
        ((StepAxis) chart.getXAxis()).step = 1;
        return this;
    }

    /** Draws a dashed vertical line at each x, labelled {@code label} and its number (1, 2, ...): epoch ends, say. */
    public void markX(double[] xs, String label) {
        chart.getPlugins().removeAll(marks);
        marks.clear();
        for (int i = 0; i < xs.length; i++) {
            XValueIndicator mark = new XValueIndicator(chart.getXAxis(), xs[i],
                    xs.length <= 12 ? label + " " + (i + 1) : "");
            mark.setEditable(false);
            marks.add(mark);
        }
        chart.getPlugins().addAll(marks);
    }

    public Node createView() {
        return root;
    }

    /** Replaces every curve in one update per data set. */
    public void show(List<Series> series) {
        shown = List.copyOf(series);
        List<DataSet> plain = new ArrayList<>();
        List<DataSet> banded = new ArrayList<>();
        for (Series s : shown) {
            if (s.hasBand()) {
                double[] minus = new double[s.size()];
                double[] plus = new double[s.size()];
                for (int i = 0; i < s.size(); i++) {
                    minus[i] = Math.max(0, s.y()[i] - s.low()[i]);
                    plus[i] = Math.max(0, s.high()[i] - s.y()[i]);
                }
                banded.add(styled(new DoubleErrorDataSet(s.name(), s.x(), s.y(), minus, plus, s.size(), true)));
            } else {
                plain.add(styled(new DoubleDataSet(s.name(), s.x(), s.y(), s.size(), true)));
            }
        }
        // markers help read a short curve; on a long one they only hide the line and cost time per frame
        lines.setDrawMarker(plain.stream().allMatch(d -> d.getDataCount() <= MARKER_LIMIT));
        lines.getDatasets().setAll(plain);
        bands.getDatasets().setAll(banded);
        empty.setVisible(shown.stream().allMatch(s -> s.size() == 0));
    }

    /** What the chart shows now. */
    public List<Series> series() {
        return shown;
    }

    /** The number of points drawn, over all curves. */
    public int points() {
        return shown.stream().mapToInt(Series::size).sum();
    }

    public void setExportTargets(ExportTargets targets) {
        this.targets = targets;
    }

    /** Writes the chart as a PNG image. */
    public Path exportPng(Path file) {
        return Snapshots.save(chart, file);
    }

    /** Writes the curves as CSV. */
    public Path exportCsv(Path file) {
        return SeriesCsv.write(shown, xName, yName, file);
    }

    private Node toolbar() {
        return ChartToolbar.of(id, empty, chart, ChartToolbar.ZOOM_HINT,
                () -> targets.target(root.getScene().getWindow(), id + ".png", "png").ifPresent(this::exportPng),
                () -> targets.target(root.getScene().getWindow(), id + ".csv", "csv").ifPresent(this::exportCsv));
    }

    /** Adapts values to a chart of their own: for views that map a result to curves. */
    public <T> void showFrom(T value, Function<T, List<Series>> curves) {
        show(value == null ? List.of() : curves.apply(value));
    }

    private static DataSet styled(DataSet curve) {
        String style = roleStyle(curve.getName());
        return style == null ? curve : curve.setStyle(style);
    }

    /**
     * One colour per kind of curve in every chart: observed data blue, a model's predictions orange, reference lines
     * (perfect calibration, chance) grey; other curves take the palette in order.
     */
    static String roleStyle(String seriesName) {
        String name = seriesName.toLowerCase(Locale.ROOT);
        if (name.startsWith("observed")) {
            return "-color-dataset: #1f5fa8;";
        }
        if (name.startsWith("predicted") || name.equals("model")) {
            return "-color-dataset: #d9480f;";
        }
        if (name.equals("perfect") || name.equals("chance")) {
            return "-color-dataset: #8a8f98;";
        }
        return null;
    }

    /** A numeric axis that can keep its ticks on multiples of a step: whole numbers, days. */
    private static final class StepAxis extends DefaultNumericAxis {
        private double step;

        StepAxis(String name) {
            super(name);
        }

        @Override
        protected double computeTickUnit(double range) {
            double unit = super.computeTickUnit(range);
            return step > 0 ? Math.max(1, Math.ceil(unit / step)) * step : unit;
        }
    }
}
