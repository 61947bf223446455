package merchlab.ui.breakdown;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import merchlab.breakdown.BreakdownReport;
import merchlab.breakdown.Dimension;
import merchlab.breakdown.Metric;
import merchlab.ui.chart.ChartPanel;

/**
 * The Breakdowns section: two dimensions, a rate and a period; the rate as a grid (rows down, columns across, each
 * with its impressions), every cell with its three rates, 95% intervals and the period before, and a CSV export.
 */
public final class BreakdownView {
    private final BreakdownViewModel model;
    private final ChartPanel.ExportTargets targets;
    private final ComboBox<Dimension> rows = new ComboBox<>();
    private final ComboBox<Dimension> columns = new ComboBox<>();
    private final ComboBox<Metric> metric = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button run = new Button("Break down");
    private final Button export = new Button("Export CSV…");
    private final Label message = new Label();
    private final TableView<List<String>> grid = new TableView<>();
    private final TableView<BreakdownReport.Cell> cells = new TableView<>();

    /** {@code targets} asks where the CSV goes: a file chooser in the window, a fixed file in tests. */
    public BreakdownView(BreakdownViewModel model, ChartPanel.ExportTargets targets) {
        this.model = model;
        this.targets = targets;
    }

    public Node createView() {
        Label title = new Label("Breakdowns");
        title.getStyleClass().add("section-title");
        Label about = new Label("Rates of shown products: the share of impressions that were clicked, added to the "
                + "cart or bought (the same product from the same list, within 7 days). Days are UTC; each period is "
                + "compared with the period of the same length just before it.");
        about.getStyleClass().add("muted");
        about.setWrapText(true);
        rows.setId("breakdownRows");
        rows.getItems().setAll(Dimension.values());
        columns.setId("breakdownColumns");
        columns.getItems().setAll(Dimension.values());
        metric.setId("breakdownMetric");
        metric.getItems().setAll(Metric.values());
        from.setId("breakdownFrom");
        to.setId("breakdownTo");
        run.setId("runBreakdown");
        run.getStyleClass().add("accent");
        export.setId("exportBreakdown");
        message.setId("breakdownMessage");
        message.setWrapText(true);
        FlowPane form = new FlowPane(8, 8, new Label("Rows"), rows, new Label("Columns"), columns, new Label("Rate"),
                metric, new Label("From"), from, new Label("to"), to, run, export);
        form.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(10, form, message);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(12));

        grid.setId("breakdownGrid");
        grid.setPrefHeight(260);
        grid.setMinHeight(Region.USE_PREF_SIZE);
        grid.setPlaceholder(new Label("Nothing to show for this period"));
        cells.setId("breakdownCells");
        cells.setPrefHeight(320);
        cells.setMinHeight(Region.USE_PREF_SIZE);
        cells.setPlaceholder(new Label("Nothing to show for this period"));
        Label gridCaption = new Label("The chosen rate, with the impressions it rests on");
        gridCaption.getStyleClass().add("subsection-title");
        Label cellsCaption = new Label("Every cell: each rate with its 95% interval, the period before and the change");
        cellsCaption.getStyleClass().add("subsection-title");
        VBox root = new VBox(12, title, about, card, gridCaption, grid, cellsCaption, cells);
        root.getStyleClass().add("section");
        root.setId("breakdownView");
        initListeners();
        ScrollPane page = new ScrollPane(root);
        page.setFitToWidth(true);
        page.setId("breakdownPage");
        return page;
    }

    private void initListeners() {
        rows.valueProperty().bindBidirectional(model.rowsProperty());
        columns.valueProperty().bindBidirectional(model.columnsProperty());
        metric.valueProperty().bindBidirectional(model.metricProperty());
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        run.disableProperty().bind(model.runningProperty());
        export.disableProperty().bind(model.reportProperty().isNull());
        run.setOnAction(e -> model.run());
        export.setOnAction(e -> targets.target(export.getScene().getWindow(), "breakdown.csv", "csv")
                .ifPresent(model::exportCsv));
        message.textProperty().bind(model.messageProperty());
        model.gridProperty().addListener((obs, old, now) -> showGrid(now));
        model.reportProperty().addListener((obs, old, now) -> showCells(now));
    }

    private void showGrid(BreakdownViewModel.Grid g) {
        grid.getColumns().clear();
        if (g == null) {
            grid.getItems().clear();
            return;
        }
        for (int i = 0; i < g.header().size(); i++) {
            int at = i;
            grid.getColumns().add(column(g.header().get(i), i == 0 ? 190 : 150, line -> line.get(at)));
        }
        grid.getItems().setAll(g.lines());
    }

    private void showCells(BreakdownReport r) {
        cells.getColumns().clear();
        if (r == null) {
            cells.getItems().clear();
            return;
        }
        cells.getColumns().add(column(r.rows().word(), 150, BreakdownReport.Cell::row));
        cells.getColumns().add(column(r.columns().word(), 150, BreakdownReport.Cell::column));
        cells.getColumns().add(column("Impressions", 110, c -> merchlab.ui.format.Formats.count(c.impressions())));
        cells.getColumns().add(column("Before", 90, c -> Double.isNaN(c.previousImpressions()) ? "–"
                : merchlab.ui.format.Formats.count((long) c.previousImpressions())));
        for (Metric m : Metric.values()) {
            cells.getColumns().add(column(m + " [95%] · before · change", 400,
                    c -> BreakdownViewModel.detail(c.rate(m))));
        }
        cells.getItems().setAll(r.cells());
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }
}
