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
import merchlab.model.EvaluationStore;
import merchlab.ui.chart.ChartPanel;
import merchlab.ui.chart.Series;

/** The Evaluate section: the results table, the filters, and five charts of the chosen model. */
public final class EvaluateView {
    private final EvaluateViewModel model;
    private final TableView<EvaluationStore.Run> table = new TableView<>();
    private final ComboBox<String> models = new ComboBox<>();
    private final ComboBox<String> device = new ComboBox<>();
    private final TextField category = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button evaluate = new Button("Evaluate all");
    private final Button apply = new Button("Draw");
    private final Label message = new Label();
    private final ChartPanel position = new ChartPanel("positionChart", "CTR by position", "position", "CTR");
    private final ChartPanel calibration = new ChartPanel("calibrationChart", "Calibration", "predicted CTR",
            "observed CTR");
    private final ChartPanel roc = new ChartPanel("rocChart", "ROC", "false positive rate", "true positive rate");
    private final ChartPanel ndcg = new ChartPanel("ndcgChart", "NDCG@k", "k", "NDCG");
    private final ChartPanel daily = new ChartPanel("dailyChart", "CTR per day", "day (UTC)", "CTR").datesOnX();

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
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<EvaluationStore.Run, String> name = column("Model", r -> r.model());
        name.setMinWidth(155);
        table.getColumns().add(name);
        TableColumn<EvaluationStore.Run, String> kind = column("Kind", r -> r.kind());
        kind.setMinWidth(90);
        table.getColumns().add(kind);
        TableColumn<EvaluationStore.Run, String> protocol = column("Protocol", r -> r.protocol());
        protocol.setMinWidth(100);
        table.getColumns().add(protocol);
        for (String m : EvaluateViewModel.columns()) {
            TableColumn<EvaluationStore.Run, String> metric = column(m, r -> r.metrics().get(m) == null ? "–"
                    : String.format(java.util.Locale.ROOT, "%.4f", r.metrics().get(m)));
            metric.setMaxWidth(110);
            table.getColumns().add(ColumnHeaders.readable(metric));
        }
        TableColumn<EvaluationStore.Run, String> versus = column("NDCG@10 vs strongest baseline",
                EvaluateViewModel::versus);
        versus.setMinWidth(272);
        table.getColumns().add(versus);
        table.setItems(model.results());
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
        });
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox root = new VBox(10, header, table, filters, charts);
        root.getStyleClass().add("section");
        root.setId("evaluateView");
        initListeners();
        return root;
    }

    private void initListeners() {
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
        days.add(Series.of("observed", c.day(), c.observedByDay()));
        if (c.predictedByDay() != null) {
            days.add(Series.of("predicted", c.day(), c.predictedByDay()));
        }
        daily.show(days);
    }

    private static TableColumn<EvaluationStore.Run, String> column(String title,
                                                                  java.util.function.Function<EvaluationStore.Run, String> v) {
        TableColumn<EvaluationStore.Run, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(v.apply(cell.getValue())).getReadOnlyProperty());
        return c;
    }
}
