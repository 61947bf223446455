package merchlab.ui.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import merchlab.explain.HeldOutImportance;
import merchlab.explain.HistoryInfluence;
import merchlab.explain.ItemExplanation;
import merchlab.explain.PermutationImportance;
import merchlab.ui.ColumnHeaders;
import merchlab.ui.Lists;
import merchlab.ui.VisitPicker;
import merchlab.ui.glossary.TermHelp;
import merchlab.ui.chart.AttributionChart;
import merchlab.ui.chart.Bar;
import merchlab.ui.chart.BarChartPanel;

/**
 * The Explain section: on the left the chosen model's permutation importance (a bar per group with its 95% interval,
 * and a table per feature); on the right a product picker with optional shopper, query and context, and the chosen
 * product's waterfall from the baseline to its score with the reasons.
 */
public final class ExplainView {

    private final ExplainViewModel model;
    private final ComboBox<String> models = new ComboBox<>();
    private final Spinner<Integer> lists = new Spinner<>(10, 5000, 200, 50);
    private final Spinner<Integer> repeats = new Spinner<>(2, 30, 5);
    private final Button measure = new Button("Measure importance");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label importanceMessage = new Label();
    private final BarChartPanel groups = new BarChartPanel("importanceChart", "Importance per group (AUC drop, 95% CI)",
            "AUC drop when shuffled");
    private final TableView<PermutationImportance.Importance> features = new TableView<>();
    private final TextField filter = new TextField();
    private final ListView<ProductChoice> products = new ListView<>();
    private final TextField shopper = new TextField();
    private final TextField query = new TextField();
    private final Button explain = new Button("Explain");
    private final CheckBox byFeature = new CheckBox("by feature");
    private final Label explanationMessage = new Label();
    private final AttributionChart waterfall = new AttributionChart("attributionChart",
            "From the baseline to the product's predicted CTR");
    private final ListView<String> reasons = new ListView<>();

    public ExplainView(ExplainViewModel model) {
        this.model = model;
    }

    public Node createView() {
        Label title = new Label("Explain");
        title.getStyleClass().add("section-title");
        models.setId("explainModel");
        models.setItems(model.models());
        HBox header = new HBox(10, title, new Label("Model"), models);
        header.setAlignment(Pos.CENTER_LEFT);
        SplitPane split = new SplitPane(importancePane(), productPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.4);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox root = new VBox(10, header, split);
        root.getStyleClass().add("section");
        root.setId("explainView");
        initListeners();
        return root;
    }

    private Node importancePane() {
        measure.setId("measureImportance");
        measure.getStyleClass().add("accent");
        cancel.setId("cancelImportance");
        lists.setId("importanceLists");
        lists.setEditable(true);
        lists.setPrefWidth(90);
        repeats.setId("importanceRepeats");
        repeats.setEditable(true);
        repeats.setPrefWidth(70);
        progress.setId("importanceProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        importanceMessage.setId("importanceMessage");
        importanceMessage.setWrapText(true);
        measure.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox settings = new HBox(8, new Label("held-out lists"), lists, new Label("shuffles"), repeats);
        settings.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, measure, cancel);
        VBox controls = new VBox(6, buttons, settings);
        features.setId("importanceTable");
        features.getColumns().add(column("Feature", PermutationImportance.Importance::name));
        features.getColumns().add(column("AUC drop", i -> number(i.aucDrop())));
        features.getColumns().add(column("95% CI", i -> interval(i.aucLow(), i.aucHigh())));
        features.getColumns().add(column("Log-loss rise", i -> number(i.loglossRise())));
        features.getColumns().add(column("95% CI ", i -> interval(i.loglossLow(), i.loglossHigh())));
        features.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        features.setPlaceholder(new Label("Measure importance to see every feature"));
        VBox.setVgrow(features, Priority.ALWAYS);
        VBox pane = new VBox(8, controls, progress, importanceMessage, groups.createView(), features);
        pane.setId("importancePane");
        return pane;
    }

    private Node productPane() {
        filter.setId("productFilter");
        filter.setPromptText("search products by id or title");
        products.setId("productList");
        products.setItems(model.products());
        products.setPrefHeight(150);
        products.setMinHeight(Lists.MIN_HEIGHT); // the picker stays in view; the page scrolls instead
        shopper.setId("explainShopper");
        shopper.setPromptText("shopper (optional)");
        query.setId("explainQuery");
        query.setPromptText("query (optional)");
        List<ComboBox<String>> visit = new VisitPicker("explain", model.visit()).boxes();
        explain.setId("explainProduct");
        explain.getStyleClass().add("accent");
        byFeature.setId("byFeature");
        explanationMessage.setId("explanationMessage");
        explanationMessage.setWrapText(true);
        HBox.setHgrow(shopper, Priority.ALWAYS);
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox context = new HBox(8, shopper, query);
        context.getChildren().addAll(visit);
        context.setAlignment(Pos.CENTER_LEFT);
        explain.setMinWidth(Region.USE_PREF_SIZE);
        byFeature.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, explain, byFeature, explanationMessage, TermHelp.of("completeness error"),
                TermHelp.of("predicted CTR"));
        actions.setAlignment(Pos.CENTER_LEFT);
        reasons.setId("reasonsList");
        reasons.setPrefHeight(80);
        reasons.setMinHeight(Lists.MIN_HEIGHT);
        reasons.setPlaceholder(new Label("No reason is strong enough to state"));
        Node chart = waterfall.createView();
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox pane = new VBox(8, filter, products, context, actions, chart, new Label("Reasons"), reasons);
        pane.setId("productPane");
        return pane;
    }

    /** The chart of importance per group (for its exports). */
    public BarChartPanel importanceChart() {
        return groups;
    }

    /** The product's attribution chart (for its exports). */
    public AttributionChart attributionChart() {
        return waterfall;
    }

    private void initListeners() {
        models.valueProperty().bindBidirectional(model.modelProperty());
        model.listsProperty().bind(lists.valueProperty());
        model.repeatsProperty().bind(repeats.valueProperty());
        measure.setOnAction(e -> model.measureImportance());
        cancel.setOnAction(e -> model.cancelImportance());
        measure.disableProperty().bind(model.measuringProperty());
        cancel.disableProperty().bind(model.measuringProperty().not());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.measuringProperty());
        importanceMessage.textProperty().bind(model.importanceMessageProperty());
        model.importanceProperty().addListener((obs, old, now) -> drawImportance(now));
        filter.textProperty().bindBidirectional(model.productFilterProperty());
        products.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.productProperty().set(now);
            }
        });
        shopper.textProperty().bindBidirectional(model.shopperProperty());
        query.textProperty().bindBidirectional(model.queryProperty());
        explain.setOnAction(e -> model.explain());
        products.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.explain();
            }
        });
        explain.disableProperty().bind(model.explainingProperty());
        explanationMessage.textProperty().bind(model.explanationMessageProperty());
        model.explanationProperty().addListener((obs, old, now) -> drawExplanation(now));
        byFeature.selectedProperty().addListener((obs, old, now) -> drawExplanation(model.explanationProperty().get()));
    }

    private void drawImportance(HeldOutImportance.Result result) {
        if (result == null) {
            groups.show(List.of(), false);
            features.getItems().clear();
            return;
        }
        List<Bar> bars = new ArrayList<>();
        for (PermutationImportance.Importance g : result.report().groups()) {
            bars.add(Bar.withInterval(g.name().replace('_', ' '), g.aucDrop(), g.aucLow(), g.aucHigh()));
        }
        groups.show(bars, false);
        List<PermutationImportance.Importance> sorted = new ArrayList<>(result.report().features());
        sorted.sort((a, b) -> Double.compare(b.aucDrop(), a.aucDrop()));
        features.getItems().setAll(sorted);
    }

    private void drawExplanation(ItemExplanation e) {
        waterfall.show(e, byFeature.isSelected());
        if (e == null) {
            reasons.getItems().clear();
            return;
        }
        List<String> lines = new ArrayList<>(e.reasons());
        for (HistoryInfluence.HistoryEffect h : e.history().stream().limit(10).toList()) {
            lines.add(String.format(Locale.ROOT, "history %s (%s): %+.4f%s", h.productId(), h.title(), h.effect(),
                    Double.isNaN(h.textSimilarity()) ? ""
                            : String.format(Locale.ROOT, ", text similarity %.2f", h.textSimilarity())));
        }
        reasons.getItems().setAll(lines);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%+.4f", v);
    }

    private static String interval(double low, double high) {
        return String.format(Locale.ROOT, "[%+.4f, %+.4f]", low, high);
    }

    private static <T> TableColumn<T, String> column(String name, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return ColumnHeaders.readable(c);
    }
}
