package merchlab.ui.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import merchlab.service.IntentReport;
import merchlab.service.ServiceAnswer;
import merchlab.ui.chart.ChartPanel;
import merchlab.ui.chart.HeatMap;
import merchlab.ui.chart.Series;

/**
 * The Service section: a shopper's message typed or picked; its intent and confidence, its words shaded by how much
 * each drove the intent, its entities with links to the product and the shopper, and the drafted answer or the reason
 * a person must answer; below, the intent model against the baseline on a file of labelled messages (a table per
 * intent, the confusion matrix as a heat map, coverage against accuracy) and training on that file.
 */
public final class ServiceView {
    /** Wide enough for every column of the entities table, which the answer beside it never squeezes. */
    private static final double ENTITIES_WIDTH = 600;
    private final ServiceViewModel model;
    private final IntentModelsViewModel models;
    private final Function<Window, Optional<Path>> chooser;
    private final ComboBox<String> modelChoice = new ComboBox<>();
    private final TextField message = new TextField();
    private final ComboBox<String> examples = new ComboBox<>();
    private final Label intent = new Label();
    private final Label confidence = new Label();
    private final Label handoff = new Label();
    private final FlowPane words = new FlowPane(4, 4);
    private final Label answer = new Label();
    private final Label note = new Label();
    private final TableView<EntityRow> entities = new TableView<>();
    private final Label dataFile = new Label();
    private final CheckBox heldOut = new CheckBox("Train on 80%, evaluate on the 20% left out");
    private final Button choose = new Button("Choose file…");
    private final Button evaluate = new Button("Evaluate");
    private final Button train = new Button("Train");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label modelsMessage = new Label();
    private final TableView<IntentReport> results = new TableView<>();
    private final TableView<IntentRow> perIntent = new TableView<>();
    private final HeatMap confusion = new HeatMap("serviceConfusion", "Confusion (rows: true intent)");
    private final ChartPanel coverage = new ChartPanel("serviceCoverage", "Coverage vs accuracy",
            "share answered without a person", "accuracy of the answered");

    /** @param chooser asks for a file of labelled messages (a file chooser in the window) */
    public ServiceView(ServiceViewModel model, Function<Window, Optional<Path>> chooser) {
        this.model = model;
        this.models = model.evaluation();
        this.chooser = chooser;
    }

    /** A native file chooser for CSV files. */
    public static Function<Window, Optional<Path>> fileChooser() {
        return owner -> {
            FileChooser c = new FileChooser();
            c.setTitle("Labelled service messages (instruction,intent)");
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            return Optional.ofNullable(c.showOpenDialog(owner)).map(java.io.File::toPath);
        };
    }

    public Node createView() {
        Label title = new Label("Service");
        title.getStyleClass().add("section-title");
        modelChoice.setId("serviceModel");
        modelChoice.setItems(model.models());
        modelChoice.setPromptText("newest intent model");
        HBox header = new HBox(10, title, new Label("Intent model"), modelChoice);
        header.setAlignment(Pos.CENTER_LEFT);
        message.setId("serviceMessage");
        message.setPromptText("Type a shopper's message, in English or Chinese");
        HBox.setHgrow(message, Priority.ALWAYS);
        examples.setId("serviceExamples");
        examples.setItems(model.examples());
        examples.setPromptText("or pick a message");
        examples.setPrefWidth(320);
        HBox ask = new HBox(8, message, examples);
        ask.setAlignment(Pos.CENTER_LEFT);
        Label wordsTitle = subtitle("Words that drove the intent");
        Label answerTitle = subtitle("Answer");
        for (Node shown : List.of(wordsTitle, answerTitle)) {
            shown.visibleProperty().bind(model.answerProperty().isNotNull());
            shown.managedProperty().bind(shown.visibleProperty());
        }
        VBox understood = new VBox(8, understoodLine(), wordsTitle, words, answerTitle, answer, note);
        understood.setMinWidth(360);
        HBox.setHgrow(understood, Priority.ALWAYS);
        VBox found = new VBox(8, subtitle("Entities"), entitiesTable());
        found.setPrefWidth(ENTITIES_WIDTH);
        found.setMinWidth(Region.USE_PREF_SIZE);
        HBox answerRow = new HBox(16, understood, found);
        VBox root = new VBox(10, header, ask, answerRow, modelsPanel());
        root.getStyleClass().add("section");
        root.setId("serviceView");
        initListeners();
        ScrollPane page = new ScrollPane(root);
        page.setFitToWidth(true);
        page.setId("servicePage");
        return page;
    }

    /** The heat map of the latest evaluation's confusion matrix, for tests. */
    public HeatMap confusion() {
        return confusion;
    }

    /** The coverage vs accuracy chart, for tests. */
    public ChartPanel coverage() {
        return coverage;
    }

    private Node understoodLine() {
        intent.setId("serviceIntent");
        intent.getStyleClass().add("subsection-title");
        confidence.setId("serviceConfidence");
        handoff.setId("serviceHandoff");
        handoff.getStyleClass().add("badge");
        words.setId("serviceWords");
        answer.setId("serviceAnswer");
        answer.setWrapText(true);
        note.setId("serviceNote");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        HBox line = new HBox(10, intent, confidence, handoff);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node entitiesTable() {
        entities.setId("serviceEntities");
        entities.setPlaceholder(new Label("No order, product, size, colour, price or date named"));
        entities.setPrefHeight(180);
        entities.setMinHeight(Region.USE_PREF_SIZE);
        entities.getColumns().add(column("Type", 80, r -> r.entity().type().equals("order_id") ? "order"
                : r.entity().type()));
        entities.getColumns().add(column("Words", 130, r -> r.entity().text()));
        entities.getColumns().add(column("Value", 100, r -> r.entity().value()));
        entities.getColumns().add(column("Confidence", 96, r -> String.format(Locale.ROOT, "%.2f%s",
                r.entity().confidence(), r.entity().known() || !List.of("order_id", "product").contains(
                        r.entity().type()) ? "" : " (not in this shop)")));
        TableColumn<EntityRow, EntityRow> link = new TableColumn<>("Open");
        link.setPrefWidth(170);
        link.setMinWidth(170);
        link.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        link.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(EntityRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || !row.linked()) {
                    setGraphic(null);
                    return;
                }
                Hyperlink h = new Hyperlink(row.shopper() == null ? "Explain product" : "Explain for " + row.shopper());
                h.setId("serviceLink-" + row.entity().value());
                h.setTooltip(new Tooltip("Open " + row.productId() + (row.shopper() == null ? "" : " for shopper "
                        + row.shopper()) + " in the Explain section"));
                h.setOnAction(e -> model.open(row));
                setGraphic(h);
            }
        });
        entities.getColumns().add(link);
        entities.setItems(model.entities());
        return entities;
    }

    private Node modelsPanel() {
        choose.setId("serviceChooseData");
        dataFile.setId("serviceDataFile");
        heldOut.setId("serviceHeldOut");
        evaluate.setId("serviceEvaluate");
        evaluate.getStyleClass().add("accent");
        train.setId("serviceTrain");
        cancel.setId("serviceCancel");
        progress.setId("serviceProgress");
        modelsMessage.setId("serviceModelsMessage");
        modelsMessage.setWrapText(true);
        FlowPane bar = new FlowPane(8, 6, choose, dataFile, heldOut, evaluate, train, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        results.setId("serviceResults");
        results.setPlaceholder(new Label("No evaluation yet: choose a file and press Evaluate"));
        results.setPrefHeight(110);
        results.setMinHeight(Region.USE_PREF_SIZE);
        results.getColumns().add(column("Model", 200, IntentReport::model));
        results.getColumns().add(column("Messages", 90, r -> String.format(Locale.ROOT, "%,d", r.messages())));
        results.getColumns().add(column("Accuracy", 90, r -> number(r.accuracy())));
        results.getColumns().add(column("Macro-F1", 90, r -> number(r.macroF1())));
        results.getColumns().add(column("ECE", 80, r -> number(r.ece())));
        results.getColumns().add(column("Handed to a person", 200, r -> String.format(Locale.ROOT,
                "%.1f%% (confidence < %.2f)", 100 * r.handoffRate(), r.handoffThreshold())));
        perIntent.setId("servicePerIntent");
        perIntent.setPlaceholder(new Label("Per-intent F1 appears after an evaluation"));
        perIntent.setPrefHeight(360);
        perIntent.setMinHeight(Region.USE_PREF_SIZE);
        perIntent.getColumns().add(column("Intent", 190, IntentRow::intent));
        perIntent.getColumns().add(column("Messages", 90, r -> Integer.toString(r.messages())));
        perIntent.getColumns().add(column("Model F1", 90, r -> number(r.modelF1())));
        perIntent.getColumns().add(column("Baseline F1", 100, r -> number(r.baselineF1())));
        perIntent.setItems(models.perIntent());
        Node heat = confusion.createView();
        Node curve = coverage.createView();
        ((Region) curve).setMinSize(360, 300);
        HBox.setHgrow(curve, Priority.ALWAYS);
        VBox left = new VBox(8, perIntent);
        left.setMinWidth(480);
        HBox detail = new HBox(16, left, curve);
        return new VBox(8, subtitle("Intent model against the baseline"), bar, modelsMessage, results, detail, heat);
    }

    private void initListeners() {
        modelChoice.valueProperty().bindBidirectional(model.modelProperty());
        message.textProperty().bindBidirectional(model.messageProperty());
        examples.setOnAction(e -> {
            String picked = examples.getValue();
            if (picked != null) {
                model.messageProperty().set(picked);
            }
        });
        model.answerProperty().addListener((obs, old, now) -> showAnswer(now));
        note.textProperty().bind(model.noteProperty());
        showAnswer(model.answerProperty().get());
        choose.setOnAction(e -> chooser.apply(choose.getScene() == null ? null : choose.getScene().getWindow())
                .ifPresent(models.dataFileProperty()::set));
        dataFile.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            java.nio.file.Path chosen = models.dataFileProperty().get();
            return chosen == null ? "No file of labelled messages chosen" : chosen.getFileName().toString();
        }, models.dataFileProperty())); // also a file offered before the view was built
        heldOut.selectedProperty().bindBidirectional(models.heldOutProperty());
        evaluate.setOnAction(e -> models.evaluate(model.modelProperty().get()));
        evaluate.disableProperty().bind(models.evaluatingProperty().or(models.dataFileProperty().isNull()));
        train.setOnAction(e -> models.train());
        train.disableProperty().bind(models.trainingProperty().or(models.dataFileProperty().isNull()));
        cancel.visibleProperty().bind(models.trainingProperty());
        cancel.managedProperty().bind(models.trainingProperty());
        cancel.setOnAction(e -> models.cancelTraining());
        progress.visibleProperty().bind(models.trainingProperty());
        progress.managedProperty().bind(models.trainingProperty());
        progress.progressProperty().bind(models.progressProperty());
        modelsMessage.textProperty().bind(models.messageProperty());
        models.reportsProperty().addListener((obs, old, now) -> showEvaluation(now));
        showEvaluation(models.reportsProperty().get());
    }

    private void showAnswer(ServiceAnswer a) {
        words.getChildren().clear();
        if (a == null) {
            intent.setText("");
            confidence.setText("");
            handoff.setVisible(false);
            answer.setText("");
            return;
        }
        intent.setText(a.intent());
        confidence.setText(String.format(Locale.ROOT, "confidence %.2f", a.confidence()));
        handoff.setVisible(a.handoff());
        handoff.setText(a.handoff() ? "to a person" : "");
        answer.setText(a.handoff() ? "Handed to a person: " + a.reason() : a.answer());
        words.getChildren().setAll(WordShading.labels(a.message(), a.words()));
    }

    private void showEvaluation(List<IntentReport> reports) {
        results.getItems().setAll(reports);
        if (reports.isEmpty()) {
            confusion.show(List.of(), new int[0][0]);
            coverage.show(List.of());
            return;
        }
        confusion.show(reports.get(0).labels(), reports.get(0).confusion());
        List<Series> curves = new ArrayList<>();
        for (IntentReport r : reports) {
            List<double[]> points = r.coverage().stream().filter(p -> !Double.isNaN(p.accuracy()))
                    .map(p -> new double[] {p.coverage(), p.accuracy()}).toList();
            curves.add(Series.of(r.kind().endsWith("baseline") ? "baseline" : "model",
                    points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray()));
        }
        coverage.show(curves);
    }

    private static Label subtitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("subsection-title");
        return l;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }
}
