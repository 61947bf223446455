package merchlab.ui.evaluate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import merchlab.ui.ColumnHeaders;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import merchlab.eval.curves.ClickCurves;
import merchlab.eval.curves.CurveFilter;
import merchlab.ui.chart.ChartPanel;
import merchlab.ui.chart.Series;

/**
 * The Evaluate section: one protocol's results table with the best values marked, the filters, and five charts of the
 * chosen model, observed data blue and predictions orange in each.
 */
public final class EvaluateView {
    private static final double CHART_MIN_WIDTH = 300;
    private static final double CHART_MIN_HEIGHT = 280;
    private final EvaluateViewModel model;
    private final TableView<ResultTable.Row> table = new TableView<>();
    private final ComboBox<String> protocols = new ComboBox<>();
    private final Label note = new Label();
    private final Label thinDays = new Label();
    private final ComboBox<String> models = new ComboBox<>();
    private final ComboBox<String> device = new ComboBox<>();
    private final TextField category = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button evaluate = new Button("Evaluate all");
    private final Button apply = new Button("Draw");
    private final Label message = new Label();
    private final ChartPanel position = new ChartPanel("positionChart", "CTR by position (95% band)", "position",
            "CTR").wholeNumbersOnX();
    private final ChartPanel calibration = new ChartPanel("calibrationChart", "Calibration", "predicted CTR",
            "observed CTR");
    private final ChartPanel roc = new ChartPanel("rocChart", "ROC", "false positive rate", "true positive rate");
    private final ChartPanel ndcg = new ChartPanel("ndcgChart", "NDCG@k", "k", "NDCG").wholeNumbersOnX();
    private final ChartPanel daily = new ChartPanel("dailyChart", "CTR per day (95% band)", "day (UTC)", "CTR")
            .datesOnX();

    public EvaluateView(EvaluateViewModel model) {
        this.model = model;
    }

    public Node createView() {
        Label title = new Label("Evaluate");
        title.getStyleClass().add("section-title");
        evaluate.setId("evaluateAll");
        evaluate.getStyleClass().add("accent");
        HBox header = new HBox(10, title, evaluate, message);
        header.setAlignment(Pos.CENTER_LEFT);
        message.setId("evaluateMessage");
        table.setId("resultsTable");
        table.setPrefHeight(240);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setPlaceholder(new Label("No results yet: press Evaluate all"));
        protocols.setId("resultsProtocol");
        protocols.setItems(model.protocols());
        note.setId("resultsNote");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        HBox tableBar = new HBox(8, new Label("Protocol"), protocols, new Label("★ best of each column; the oracle "
                + "is a ceiling, not a contender"));
        tableBar.setAlignment(Pos.CENTER_LEFT);
        models.setId("curveModel");
        models.setItems(model.models());
        device.setId("curveDevice");
        device.getItems().setAll("any device", "mobile", "desktop", "tablet");
        device.getSelectionModel().select(0);
        category.setId("curveCategory");
        category.setPromptText("top category");
        from.setId("curveFrom");
        to.setId("curveTo");
        apply.setId("drawCurves");
        apply.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane filters = new FlowPane(8, 6, new Label("Model"), models, device, category, new Label("from"), from,
                new Label("to"), to, apply);
        filters.setAlignment(Pos.CENTER_LEFT);
        GridPane charts = new GridPane();
        charts.setHgap(10);
        charts.setVgap(10);
        charts.add(position.createView(), 0, 0);
        charts.add(calibration.createView(), 1, 0);
        charts.add(roc.createView(), 2, 0);
        charts.add(ndcg.createView(), 0, 1);
        charts.add(daily.createView(), 1, 1, 2, 1);
        charts.getChildren().forEach(n -> {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
            ((Region) n).setMinSize(CHART_MIN_WIDTH, CHART_MIN_HEIGHT);
        });
        VBox.setVgrow(charts, Priority.ALWAYS);
        thinDays.setId("dailyThinDays");
        thinDays.getStyleClass().add("muted");
        thinDays.setWrapText(true);
        VBox root = new VBox(10, header, tableBar, table, note, filters, charts, thinDays);
        root.getStyleClass().add("section");
        root.setId("evaluateView");
        initListeners();
        ScrollPane page = new ScrollPane(root);
        page.setFitToWidth(true);
        page.setId("evaluatePage");
        return page;
    }

    private void initListeners() {
        protocols.valueProperty().bindBidirectional(model.protocolProperty());
        model.tableProperty().addListener((obs, old, now) -> tabulate(now));
        tabulate(model.tableProperty().get());
        models.valueProperty().bindBidirectional(model.modelProperty());
        evaluate.setOnAction(e -> model.evaluate());
        apply.setOnAction(e -> {
            model.filterProperty().set(filter());
            model.drawCurves();
        });
        model.modelProperty().addListener((obs, old, now) -> model.drawCurves());
        message.textProperty().bind(model.messageProperty());
        model.curvesProperty().addListener((obs, old, now) -> draw(now));
    }

    /** One column per metric that means something under the table's protocol; the best value of each marked. */
    private void tabulate(ResultTable t) {
        table.getColumns().clear();
        if (t == null) {
            table.getItems().clear();
            note.setText("");
            return;
        }
        table.getColumns().add(column("Model", 190, ResultTable.Row::model));
        table.getColumns().add(column("What it is", 290, ResultTable.Row::what));
        table.getColumns().add(column("Sample", 250, ResultTable.Row::sample));
        for (String m : t.columns()) {
            TableColumn<ResultTable.Row, String> metric = column(m, 124, r -> ResultTable.value(r, m)
                    + (t.isBest(r, m) ? " ★" : ""));
            metric.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                    setStyle(!empty && text != null && text.endsWith("★") ? "-fx-font-weight: bold;" : "");
                }
            });
            table.getColumns().add(metric);
        }
        table.getColumns().add(column("NDCG@10 against the strongest baseline: delta [95% interval] p-value", 640,
                ResultTable.Row::versus));
        table.getItems().setAll(t.rows());
        note.setText(t.note());
    }

    private CurveFilter filter() {
        String d = device.getValue() == null || device.getValue().startsWith("any") ? null : device.getValue();
        String c = category.getText() == null || category.getText().isBlank() ? null : category.getText().strip();
        Long f = from.getValue() == null ? null : millis(from.getValue());
        Long t = to.getValue() == null ? null : millis(to.getValue().plusDays(1));
        return new CurveFilter(d, c, f, t);
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private void draw(ClickCurves.Curves c) {
        if (c == null) {
            List.of(position, calibration, roc, ndcg, daily).forEach(p -> p.show(List.of()));
            thinDays.setText("");
            return;
        }
        List<Series> byPosition = new ArrayList<>();
        byPosition.add(new Series("observed (95% band)", c.position(), c.observedByPosition(), c.lowByPosition(),
                c.highByPosition()));
        if (c.predictedByPosition() != null) {
            byPosition.add(Series.of("predicted", c.position(), c.predictedByPosition()));
        }
        position.show(byPosition);
        calibration.show(c.bucketPredicted() == null ? List.of() : List.of(
                Series.of("model", c.bucketPredicted(), c.bucketObserved()),
                Series.of("perfect", new double[] {0, 1}, new double[] {0, 1})));
        roc.show(List.of(Series.of("model", c.falsePositiveRate(), c.truePositiveRate()),
                Series.of("chance", new double[] {0, 1}, new double[] {0, 1})));
        ndcg.show(List.of(Series.of("NDCG@k", c.k(), c.ndcg())));
        List<Series> days = new ArrayList<>();
        days.add(new Series("observed (95% band)", c.day(), c.observedByDay(), c.lowByDay(), c.highByDay()));
        if (c.predictedByDay() != null) {
            days.add(Series.of("predicted", c.day(), c.predictedByDay()));
        }
        daily.show(days);
        thinDays.setText(EvaluateViewModel.thinDays(c));
    }

    private static TableColumn<ResultTable.Row, String> column(String title, double width,
                                                              java.util.function.Function<ResultTable.Row, String> v) {
        TableColumn<ResultTable.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(v.apply(cell.getValue())).getReadOnlyProperty());
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }
}
