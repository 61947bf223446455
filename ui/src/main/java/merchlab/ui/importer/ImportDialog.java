package merchlab.ui.importer;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import merchlab.importer.ColumnGap;
import merchlab.importer.DataKind;
import merchlab.ui.FilePicker;

/**
 * The import dialog: files on the left, each with what it holds (detected from its content, or chosen for the selected
 * file below the list), the first rows of the selected file on the right, then a progress bar with cancel, and after
 * the run the outcome per file with the rejected rows as the files wrote them.
 */
public final class ImportDialog {
    private static final String NONE = "(none)";

    private final ImportViewModel model;
    private final FilePicker picker;
    private final Stage stage = new Stage();
    private final ListView<ChosenFile> files = new ListView<>();
    private final Label kindTitle = new Label();
    private final VBox columns = new VBox(6);
    private final Button add = new Button("Add files…");
    private final Button remove = new Button("Remove");
    private final ToggleGroup kinds = new ToggleGroup();
    private final ComboBox<String> format = new ComboBox<>();
    private final CheckBox pseudonymize = new CheckBox("Pseudonymise shopper ids");
    private final PreviewTable preview;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label unreadable = new Label();
    private final Button cancel = new Button("Cancel");
    private final Button run = new Button("Import");
    private final Button close = new Button("Close");
    private final OutcomeTables outcomes;

    public ImportDialog(ImportViewModel model, FilePicker picker) {
        this.model = model;
        this.picker = picker;
        this.preview = new PreviewTable(model);
        this.outcomes = new OutcomeTables(model);
    }

    /** Shows the dialog over {@code owner}. */
    public Stage show(Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import files");
        Scene scene = new Scene((javafx.scene.Parent) createView(), 1120, 740);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    public Node createView() {
        Label title = new Label("Import files");
        title.getStyleClass().add("dialog-title");
        Label hint = new Label("Catalogs, behaviour logs and relevance judgments as CSV, TSV or JSON Lines. "
                + "Drop files here or add them.");
        hint.getStyleClass().add("muted");
        VBox heading = new VBox(2, title, hint);

        VBox left = new VBox(10, sectionLabel("Files"), filesList(), new HBox(8, add, remove),
                kindTitle, kindChoice(), sectionLabel("Format"), format, columns, pseudonymize);
        left.setPrefWidth(330);
        left.setMinWidth(Region.USE_PREF_SIZE); // the preview may be wide; the choices keep their room
        left.getStyleClass().add("dialog-pane");

        Node previewNode = preview.createView();
        VBox right = new VBox(10, sectionLabel("Preview"), previewNode);
        VBox.setVgrow(previewNode, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setMinWidth(0);
        right.setPrefWidth(600);
        right.getStyleClass().add("dialog-pane");
        HBox top = new HBox(16, left, right);
        VBox.setVgrow(top, Priority.ALWAYS);

        Node results = outcomes.createView();
        results.visibleProperty().bind(model.phaseProperty().isEqualTo(ImportViewModel.Phase.DONE));
        results.managedProperty().bind(results.visibleProperty());
        VBox body = new VBox(14, heading, top, results);
        body.getStyleClass().add("dialog-body");

        BorderPane root = new BorderPane(body);
        root.setBottom(footer());
        root.getStyleClass().add("import-dialog");
        root.setId("importDialog");
        initListeners(root);
        return root;
    }

    private Node filesList() {
        files.setId("importFilesList");
        files.setItems(model.files());
        files.setPrefHeight(150);
        Label none = new Label("No files yet");
        none.getStyleClass().add("muted");
        files.setPlaceholder(none);
        files.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ChosenFile item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(null);
                Label name = new Label(item.path().getFileName().toString());
                Label kind = new Label(kindName(item.kind()) + " · " + item.source().words());
                kind.getStyleClass().add("muted");
                setGraphic(new VBox(1, name, kind));
            }
        });
        kindTitle.getStyleClass().add("subsection-title");
        kindTitle.setWrapText(true);
        kindTitle.setId("importKindTitle");
        add.setId("addImportFiles");
        remove.setId("removeImportFile");
        return files;
    }

    private Node kindChoice() {
        VBox box = new VBox(6);
        for (DataKind kind : DataKind.values()) {
            RadioButton button = new RadioButton(kindName(kind));
            button.setUserData(kind);
            button.setToggleGroup(kinds);
            button.setId("kind" + kind.name());
            box.getChildren().add(button);
        }
        format.setId("importFormat");
        format.setEditable(true);
        format.setMaxWidth(Double.MAX_VALUE);
        format.setPromptText("auto (detect from the content)");
        pseudonymize.setId("pseudonymize");
        return box;
    }

    private Node footer() {
        progress.setId("importProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progressText.setId("importProgressText");
        progressText.getStyleClass().add("muted");
        cancel.setId("cancelImport");
        run.setId("runImport");
        run.getStyleClass().add("accent");
        run.setDefaultButton(true);
        close.setId("closeImport");
        unreadable.setId("importUnreadable");
        unreadable.setWrapText(true);
        unreadable.getStyleClass().add("muted");
        VBox progressBox = new VBox(4, progress, progressText, unreadable);
        HBox.setHgrow(progressBox, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox footer = new HBox(10, progressBox, spacer, cancel, run, close);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("dialog-footer");
        return footer;
    }

    private void initListeners(Node root) {
        add.setOnAction(e -> model.addFiles(picker.filesToImport(stage)));
        remove.setOnAction(e -> {
            ChosenFile chosen = files.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.removeFile(chosen.path());
            }
        });
        remove.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull()
                .or(model.phaseProperty().isEqualTo(ImportViewModel.Phase.RUNNING)));
        files.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.path().equals(model.previewFileProperty().get())) {
                model.showPreviewOf(now.path());
            }
        });
        model.previewFileProperty().addListener((obs, old, now) -> selectFile(now));
        model.columnGapProperty().addListener((obs, old, now) -> showColumns());
        model.previewFileProperty().addListener((obs, old, now) -> showColumns());
        showColumns();
        model.files().addListener((javafx.collections.ListChangeListener<ChosenFile>) c ->
                selectFile(model.previewFileProperty().get()));
        kindTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Path shown = model.previewFileProperty().get();
            return shown == null ? "What the file holds" : "What " + shown.getFileName() + " holds";
        }, model.previewFileProperty()));
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                model.addFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        selectKind(model.kindProperty().get());
        model.kindProperty().addListener((obs, old, now) -> selectKind(now));
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && now.getUserData() != model.kindProperty().get()) {
                model.chooseKind((DataKind) now.getUserData());
            }
        });
        format.setItems(withAuto());
        model.formats().addListener((javafx.collections.ListChangeListener<String>) c -> format.setItems(withAuto()));
        format.valueProperty().addListener((obs, old, now) -> model.chooseFormat(now));
        model.formatProperty().addListener((obs, old, now) -> format.setValue(now.isEmpty() ? "auto" : now));
        pseudonymize.selectedProperty().addListener((obs, old, now) -> model.setPseudonymize(now));
        progress.progressProperty().bind(model.progressProperty());
        progressText.textProperty().bind(model.progressTextProperty());
        progress.visibleProperty().bind(model.phaseProperty().isNotEqualTo(ImportViewModel.Phase.CHOOSING));
        cancel.visibleProperty().bind(model.phaseProperty().isEqualTo(ImportViewModel.Phase.RUNNING));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        run.disableProperty().bind(model.canRunProperty().not());
        unreadable.textProperty().bind(model.unreadableProperty());
        run.setOnAction(e -> model.run());
        close.disableProperty().bind(model.phaseProperty().isEqualTo(ImportViewModel.Phase.RUNNING));
        close.setOnAction(e -> stage.close());
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (model.phaseProperty().get() == ImportViewModel.Phase.RUNNING) {
                    model.cancel();
                } else {
                    stage.close();
                }
            }
        });
        stage.setOnCloseRequest(e -> {
            if (model.phaseProperty().get() == ImportViewModel.Phase.RUNNING) {
                model.cancel(); // the dialog stays until the import has stopped at a batch boundary
                e.consume();
            }
        });
    }

    private javafx.collections.ObservableList<String> withAuto() {
        javafx.collections.ObservableList<String> items = javafx.collections.FXCollections.observableArrayList("auto");
        items.addAll(model.formats());
        return items;
    }

    /**
     * The Columns list, for a header no format reads as it is: one choice per needed column, from the file's own
     * column names.
     */
    private void showColumns() {
        ColumnGap gap = model.columnGapProperty().get();
        ChosenFile shown = model.previewed();
        columns.getChildren().clear();
        columns.setVisible(gap != null && shown != null);
        columns.setManaged(columns.isVisible());
        if (!columns.isVisible()) {
            return;
        }
        Label title = sectionLabel("Columns");
        Label hint = new Label("The header has no column " + String.join(", ", gap.missing()) + " of " + gap.format()
                + ". Choose which of its columns holds each:");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // all of it, however narrow the pane
        hint.getStyleClass().add("muted");
        columns.getChildren().addAll(title, hint);
        for (String needed : gap.missing()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().add(NONE);
            choice.getItems().addAll(gap.header());
            String mapped = shown.columnFor(needed);
            choice.setValue(mapped == null ? NONE : mapped);
            choice.setId("column-" + needed);
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.valueProperty().addListener((obs, old, now) ->
                    model.mapColumn(needed, now == null || now.equals(NONE) ? null : now));
            Label name = new Label(needed);
            name.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(choice, Priority.ALWAYS);
            HBox row = new HBox(8, name, choice);
            row.setAlignment(Pos.CENTER_LEFT);
            columns.getChildren().add(row);
        }
    }

    /** Keeps the list's selection on the previewed file. */
    private void selectFile(Path shown) {
        ChosenFile selected = files.getSelectionModel().getSelectedItem();
        if (shown == null || selected != null && selected.path().equals(shown)) {
            return;
        }
        model.files().stream().filter(f -> f.path().equals(shown)).findFirst()
                .ifPresent(f -> files.getSelectionModel().select(f));
    }

    private void selectKind(DataKind kind) {
        kinds.getToggles().stream().filter(t -> t.getUserData() == kind).findFirst().ifPresent(kinds::selectToggle);
    }

    static String kindName(DataKind kind) {
        return switch (kind) {
            case CATALOG -> "Catalog";
            case EVENTS -> "Behaviour log";
            case JUDGMENTS -> "Judgments";
            case CAMPAIGNS -> "Campaigns";
        };
    }

    private static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("subsection-title");
        return label;
    }
}
