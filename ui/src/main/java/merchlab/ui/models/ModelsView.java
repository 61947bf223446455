package merchlab.ui.models;

import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import merchlab.store.SavedModel;
import merchlab.ui.format.Formats;

/**
 * The Models section: the table of saved models, and beside the chosen one its name, note, default choice, stored
 * evaluation results, family tree, settings and training metrics.
 */
public final class ModelsView {
    private final ModelsViewModel model;
    private final ModelFiles files;
    private final TableView<SavedModel> table = new TableView<>();
    private final TreeView<ModelsViewModel.Lineage> lineage = new TreeView<>();
    private final Label defaultModel = new Label();
    private final Button useAsDefault = new Button("Use as default");
    private final TextField newName = new TextField();
    private final Button rename = new Button("Rename");
    private final TextArea note = new TextArea();
    private final Button saveNote = new Button("Save note");
    private final Label evaluations = new Label();
    private final TextArea details = new TextArea();
    private final Button delete = new Button("Delete");
    private final Button export = new Button("Export…");
    private final Button importButton = new Button("Import…");
    private final Label message = new Label();

    public ModelsView(ModelsViewModel model, ModelFiles files) {
        this.model = model;
        this.files = files;
    }

    public Node createView() {
        Label title = new Label("Models");
        title.getStyleClass().add("section-title");
        delete.setId("deleteModel");
        export.setId("exportModel");
        importButton.setId("importModel");
        importButton.getStyleClass().add("accent");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, delete, export, importButton);
        header.setAlignment(Pos.CENTER_LEFT);

        table.setId("modelsTable");
        table.setPlaceholder(new Label("No saved models yet: train one in the Train section or import one."));
        table.getColumns().add(column("Name", 150, SavedModel::name));
        table.getColumns().add(column("Default", 100, m -> m.name().equals(model.defaultModelProperty().get())
                ? "★ default" : ""));
        table.getColumns().add(column("Kind", 120, SavedModel::kind));
        table.getColumns().add(column("Device", 70, m -> m.device() == null ? "" : m.device()));
        table.getColumns().add(column("Created", 180, m -> Formats.dateTime(m.createdAt())));
        table.getColumns().add(column("Key metrics", 330, ModelsViewModel::keyMetrics));
        table.getColumns().add(column("Parent", 130, m -> m.parent() == null ? "" : m.parent()));
        table.setItems(model.models());

        lineage.setId("modelLineage");
        lineage.setPrefHeight(160);
        lineage.setMinHeight(120);
        lineage.setCellFactory(tree -> new TreeCell<>() {
            @Override
            protected void updateItem(ModelsViewModel.Lineage node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : ModelsViewModel.describe(node.model()));
                setStyle(!empty && node != null && node.chosen() ? "-fx-font-weight: bold;" : "");
            }
        });
        details.setId("modelDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(10);
        defaultModel.setId("modelDefault");
        defaultModel.setWrapText(true);
        useAsDefault.setId("useAsDefault");
        newName.setId("modelNewName");
        newName.setPromptText("new name");
        rename.setId("renameModel");
        note.setId("modelNote");
        note.setPromptText("a note: what this model was for, what changed");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        saveNote.setId("saveModelNote");
        evaluations.setId("modelEvaluations");
        evaluations.setWrapText(true);
        HBox renameRow = new HBox(8, newName, rename);
        renameRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(newName, Priority.ALWAYS);
        VBox side = new VBox(8, defaultModel, useAsDefault, caption("Name"), renameRow, caption("Note"), note, saveNote,
                caption("Evaluation results (newest per protocol)"), evaluations, caption("Lineage"), lineage,
                caption("Settings and training metrics"), details);
        side.getStyleClass().add("card");
        ScrollPane sidePage = new ScrollPane(side);
        sidePage.setFitToWidth(true);
        sidePage.setMinWidth(340);
        SplitPane split = new SplitPane(table, sidePage);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);

        message.setId("modelsMessage");
        message.getStyleClass().add("muted");
        VBox root = new VBox(14, header, split, message);
        root.getStyleClass().add("section");
        root.setId("modelsView");
        initListeners();
        return root;
    }

    private void initListeners() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            show(now);
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        model.lineageProperty().addListener((obs, old, now) -> showLineage(now));
        evaluations.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.evaluationsProperty().get().isEmpty() ? "Not evaluated yet: Evaluate all in the Evaluate section"
                        : String.join("\n", model.evaluationsProperty().get()), model.evaluationsProperty()));
        defaultModel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.defaultModelProperty().get() == null ? "No default model: the newest ranker is used when none is "
                        + "named" : "Default model (used when none is named): " + model.defaultModelProperty().get(),
                model.defaultModelProperty()));
        model.defaultModelProperty().addListener((obs, old, now) -> table.refresh());
        useAsDefault.disableProperty().bind(model.selectedProperty().isNull());
        rename.disableProperty().bind(model.selectedProperty().isNull().or(newName.textProperty().isEmpty()));
        saveNote.disableProperty().bind(model.selectedProperty().isNull());
        useAsDefault.setOnAction(e -> model.useAsDefault());
        rename.setOnAction(e -> model.rename(newName.getText()));
        saveNote.setOnAction(e -> model.saveNote(note.getText()));
        delete.disableProperty().bind(model.selectedProperty().isNull());
        export.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> model.deleteSelected());
        export.setOnAction(e -> files.exportTarget(table.getScene().getWindow(), model.suggestedExportName())
                .ifPresent(model::exportSelected));
        importButton.setOnAction(e -> files.modelToImport(table.getScene().getWindow()).ifPresent(model::importFrom));
        message.textProperty().bind(model.messageProperty());
        show(model.selectedProperty().get());
    }

    private void showLineage(ModelsViewModel.Lineage root) {
        if (root == null) {
            lineage.setRoot(null);
            return;
        }
        TreeItem<ModelsViewModel.Lineage> top = item(root);
        lineage.setRoot(top);
        select(top);
    }

    private static TreeItem<ModelsViewModel.Lineage> item(ModelsViewModel.Lineage node) {
        TreeItem<ModelsViewModel.Lineage> item = new TreeItem<>(node);
        item.setExpanded(true);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    private void select(TreeItem<ModelsViewModel.Lineage> item) {
        if (item.getValue().chosen()) {
            lineage.getSelectionModel().select(item);
        }
        item.getChildren().forEach(this::select);
    }

    private static Label caption(String text) {
        Label caption = new Label(text);
        caption.getStyleClass().add("nav-caption");
        return caption;
    }

    private void show(SavedModel m) {
        if (m == null) {
            details.setText("");
            note.setText("");
            newName.setText("");
            return;
        }
        note.setText(m.note() == null ? "" : m.note());
        newName.setText("");
        StringBuilder text = new StringBuilder();
        text.append("Trained on ").append(m.dataFrom() == null ? "all data" : Formats.dateTime(m.dataFrom()) + " – "
                + Formats.dateTime(m.dataTo())).append('\n');
        text.append("\nSettings\n");
        new TreeMap<>(m.settings()).forEach((k, v) -> text.append("  ").append(k).append(" = ").append(v).append('\n'));
        text.append("\nMetrics\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(m.metrics()).entrySet()) {
            text.append("  ").append(e.getKey()).append(" = ")
                    .append(String.format(java.util.Locale.ROOT, "%.4f", e.getValue())).append('\n');
        }
        details.setText(text.toString());
    }

    private static TableColumn<SavedModel, String> column(String title, double width,
                                                         java.util.function.Function<SavedModel, String> value) {
        TableColumn<SavedModel, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 120)); // a kind or a date stays whole
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        return c;
    }
}
