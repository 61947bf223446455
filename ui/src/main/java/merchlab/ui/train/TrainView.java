package merchlab.ui.train;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import merchlab.eval.tune.TuningRequest;
import merchlab.model.TrainingSettings;
import merchlab.ui.chart.ChartPanel;
import merchlab.ui.chart.Series;

/**
 * The Train section: the settings form, start and cancel, progress with time remaining, two live charts that draw
 * the runs of this session over each other, the runs themselves, and tuning: a budget, start and stop, and the trials
 * as they end.
 */
public final class TrainView {
    private static final double CHART_MIN_WIDTH = 360;
    private static final double CHART_MIN_HEIGHT = 300;
    private final TrainViewModel model;
    private final TuneViewModel tune;
    private final ComboBox<String> tuneKind = new ComboBox<>();
    private final TextField tuneBudget = new TextField();
    private final Spinner<Integer> tuneSettings = new Spinner<>(1, 200, TuningRequest.DEFAULT_CONFIGS);
    private final Button startTuning = new Button("Start tuning");
    private final Button stopTuning = new Button("Stop");
    private final Label tuneMessage = new Label();
    private final Label tuneVerdict = new Label();
    private final TableView<TuneViewModel.TrialRow> trials = new TableView<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final Label kindHelp = new Label();
    private final Spinner<Integer> epochs = new Spinner<>(1, 1000, 3);
    private final Spinner<Integer> batchSize = new Spinner<>(0, 65536, TrainingSettings.defaults().batchSize(), 32);
    private final TextField learningRate = new TextField();
    private final ComboBox<String> device = new ComboBox<>();
    private final Button start = new Button("Start training");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label remaining = new Label();
    private final Label message = new Label();
    private final TableView<TrainingRun> runs = new TableView<>();
    private final ChartPanel loss = new ChartPanel("lossChart", "Training loss per step (dashed: end of an epoch)",
            "step since the run began", "loss");
    private final ChartPanel validation = new ChartPanel("validationChart", "Validation metric per epoch", "epoch",
            "metric").wholeNumbersOnX();

    public TrainView(TrainViewModel model, TuneViewModel tune) {
        this.model = model;
        this.tune = tune;
    }

    public Node createView() {
        Label title = new Label("Train");
        title.getStyleClass().add("section-title");
        kind.setId("trainKind");
        kind.getItems().setAll(model.kinds());
        epochs.setId("trainEpochs");
        epochs.setEditable(true);
        batchSize.setId("trainBatchSize");
        batchSize.setEditable(true);
        learningRate.setId("trainLearningRate");
        learningRate.setPrefColumnCount(8);
        device.setId("trainDevice");
        device.getItems().setAll(TrainViewModel.DEVICES);
        start.setId("startTraining");
        start.getStyleClass().add("accent");
        cancel.setId("cancelTraining");
        kindHelp.getStyleClass().add("muted");
        kindHelp.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Model"), kind, new Label("Device"), device);
        form.addRow(1, new Label("Epochs"), epochs, new Label("Batch size (0 = auto)"), batchSize);
        form.addRow(2, new Label("Learning rate"), learningRate);
        form.add(kindHelp, 0, 3, 4, 1);
        HBox buttons = new HBox(10, start, cancel);
        progress.setId("trainProgress");
        progress.setPrefWidth(320);
        remaining.setId("trainRemaining");
        message.setId("trainMessage");
        message.setWrapText(true);
        HBox progressRow = new HBox(10, progress, remaining);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(12, form, buttons, progressRow, message);
        left.getStyleClass().add("card");
        left.setPadding(new Insets(12));

        Region lossView = (Region) loss.createView();
        Region validationView = (Region) validation.createView();
        lossView.setMinSize(CHART_MIN_WIDTH, CHART_MIN_HEIGHT);
        validationView.setMinSize(CHART_MIN_WIDTH, CHART_MIN_HEIGHT);
        HBox charts = new HBox(12, lossView, validationView);
        HBox.setHgrow(lossView, Priority.ALWAYS);
        HBox.setHgrow(validationView, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox root = new VBox(14, title, left, charts, createRuns(), createTuning());
        root.getStyleClass().add("section");
        root.setId("trainView");
        initListeners();
        ScrollPane page = new ScrollPane(root);
        page.setFitToWidth(true);
        page.setId("trainPage");
        return page;
    }

    private Node createRuns() {
        runs.setId("trainRuns");
        runs.setEditable(true);
        runs.setPrefHeight(150);
        runs.setMinHeight(Region.USE_PREF_SIZE);
        runs.setPlaceholder(new Label("Each training run of this session is listed here; tick runs to compare curves."));
        TableColumn<TrainingRun, Boolean> shown = new TableColumn<>("Show");
        shown.setCellValueFactory(cell -> cell.getValue().shownProperty());
        shown.setCellFactory(CheckBoxTableCell.forTableColumn(shown));
        shown.setEditable(true);
        shown.setPrefWidth(60);
        runs.getColumns().add(shown);
        runs.getColumns().addAll(List.of(runColumn("Run", 110, r -> new ReadOnlyStringWrapper(r.label())),
                runColumn("Settings", 330, r -> new ReadOnlyStringWrapper(r.settings())),
                runColumn("Outcome", 230, TrainingRun::outcomeProperty),
                runColumn("Epochs", 70, r -> Bindings.createStringBinding(r::epochs, r.curvesProperty())),
                runColumn("Last loss", 90, r -> Bindings.createStringBinding(r::lastLoss, r.curvesProperty())),
                runColumn("Best validation", 150, r -> Bindings.createStringBinding(r::bestValidation,
                        r.curvesProperty())),
                runColumn("Time", 90, TrainingRun::durationProperty)));
        runs.setItems(model.runs());
        Label caption = new Label("Runs of this session");
        caption.getStyleClass().add("subsection-title");
        VBox card = new VBox(8, caption, runs);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(12));
        return card;
    }

    private static TableColumn<TrainingRun, String> runColumn(String title, double width,
            java.util.function.Function<TrainingRun, ObservableValue<String>> value) {
        TableColumn<TrainingRun, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }

    private Node createTuning() {
        tuneKind.setId("tuneKind");
        tuneKind.getItems().setAll(TuneViewModel.KINDS);
        tuneBudget.setId("tuneBudget");
        tuneBudget.setPrefColumnCount(6);
        tuneSettings.setId("tuneSettings");
        tuneSettings.setEditable(true);
        startTuning.setId("startTuning");
        stopTuning.setId("stopTuning");
        tuneMessage.setId("tuneMessage");
        tuneMessage.setWrapText(true);
        tuneVerdict.setId("tuneVerdict");
        tuneVerdict.setWrapText(true);
        trials.setId("tuneTrials");
        trials.setPrefHeight(180);
        trials.getColumns().setAll(List.of(column("Trial", r -> Integer.toString(r.trial())),
                column("Setting", r -> Integer.toString(r.setting())), column("Round", TuneViewModel.TrialRow::round),
                column("Status", TuneViewModel.TrialRow::status), column("Validation NDCG@10",
                        TuneViewModel.TrialRow::ndcg), column("Seconds", TuneViewModel.TrialRow::seconds),
                column("Options", TuneViewModel.TrialRow::options)));
        trials.setItems(tune.trials());
        HBox form = new HBox(10, new Label("Tune"), tuneKind, new Label("Budget"), tuneBudget,
                new Label("Settings to try"), tuneSettings, startTuning, stopTuning);
        form.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(8, form, tuneMessage, trials, tuneVerdict);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(12));
        return card;
    }

    private static TableColumn<TuneViewModel.TrialRow, String> column(String title,
            java.util.function.Function<TuneViewModel.TrialRow, String> value) {
        TableColumn<TuneViewModel.TrialRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(switch (title) {
            case "Options" -> 560;
            case "Round", "Validation NDCG@10" -> 170; // "2 (early stopping)" and the header whole
            default -> 80;
        });
        return c;
    }

    private void initListeners() {
        tuneKind.valueProperty().bindBidirectional(tune.kindProperty());
        tuneBudget.textProperty().bindBidirectional(tune.budgetProperty());
        tuneSettings.getValueFactory().setValue(tune.settingsProperty().get());
        tuneSettings.valueProperty().addListener((obs, old, now) -> tune.settingsProperty().set(now));
        startTuning.disableProperty().bind(tune.runningProperty().or(model.runningProperty()));
        stopTuning.disableProperty().bind(tune.runningProperty().not());
        start.disableProperty().bind(model.runningProperty().or(tune.runningProperty()));
        startTuning.setOnAction(e -> tune.start());
        stopTuning.setOnAction(e -> tune.stop());
        tuneMessage.textProperty().bind(tune.messageProperty());
        tuneVerdict.textProperty().bind(tune.verdictProperty());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        device.valueProperty().bindBidirectional(model.deviceProperty());
        epochs.getValueFactory().setValue(model.epochsProperty().get());
        epochs.valueProperty().addListener((obs, old, now) -> model.epochsProperty().set(now));
        batchSize.getValueFactory().setValue(model.batchSizeProperty().get());
        batchSize.valueProperty().addListener((obs, old, now) -> model.batchSizeProperty().set(now));
        learningRate.setText(Double.toString(model.learningRateProperty().get()));
        learningRate.textProperty().addListener((obs, old, now) -> {
            try {
                model.learningRateProperty().set(Double.parseDouble(now.strip()));
            } catch (NumberFormatException e) {
                model.learningRateProperty().set(Double.NaN);
            }
        });
        kindHelp.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.describe(model.kindProperty().get()), model.kindProperty()));
        cancel.disableProperty().bind(model.runningProperty().not());
        start.setOnAction(e -> model.start());
        cancel.setOnAction(e -> model.cancel());
        progress.progressProperty().bind(model.progressProperty());
        remaining.textProperty().bind(model.remainingProperty());
        message.textProperty().bind(model.messageProperty());
        epochs.disableProperty().bind(model.trainsInEpochsProperty().not());
        learningRate.disableProperty().bind(model.trainsInEpochsProperty().not());
        batchSize.disableProperty().bind(model.trainsInEpochsProperty().not());
        model.curvesProperty().addListener((obs, old, now) -> draw());
        model.runs().addListener((javafx.collections.ListChangeListener<TrainingRun>) change -> draw());
        draw();
    }

    /** Every shown run's curves over each other; the epoch ends of the newest shown run that has epochs. */
    private void draw() {
        List<TrainingRun> charted = model.charted();
        loss.show(charted.stream().map(r -> Series.of(r.label(), r.curvesProperty().get().steps(),
                r.curvesProperty().get().losses())).toList());
        validation.show(charted.stream().map(r -> {
            TrainingCurves.Snapshot s = r.curvesProperty().get();
            return Series.of(r.label() + (s.metricName().isEmpty() ? "" : " " + s.metricName()), s.epochs(),
                    s.metric());
        }).toList());
        double[] ends = new double[0];
        for (TrainingRun r : charted) {
            double[] e = r.curvesProperty().get().epochEnds();
            ends = e.length > 0 ? e : ends;
        }
        loss.markX(ends, "epoch");
    }
}
