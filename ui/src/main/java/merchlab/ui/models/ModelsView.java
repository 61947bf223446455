package merchlab.ui.models;

import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import merchlab.model.SavedModel;
import merchlab.ui.format.Formats;

/** The Models section: the table of saved models, and the chosen one's lineage, settings and metrics. */
public final class ModelsView {
    private final ModelsViewModel model;
    private final ModelFiles files;
    private final TableView<SavedModel> table = new TableView<>();
    private final Label lineage = new Label();
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
        table.getColumns().add(column("Kind", 120, SavedModel::kind));
        table.getColumns().add(column("Device", 70, m -> m.device() == null ? "" : m.device()));
        table.getColumns().add(column("Created", 150, m -> Formats.dateTime(m.createdAt())));
        table.getColumns().add(column("Key metrics", 300, ModelsViewModel::keyMetrics));
        table.getColumns().add(column("Parent", 130, m -> m.parent() == null ? "" : m.parent()));
        table.setItems(model.models());

        lineage.setId("modelLineage");
        lineage.setWrapText(true);
        details.setId("modelDetails");
        details.setEditable(false);
        details.setWrapText(true);
        VBox.setVgrow(details, Priority.ALWAYS);
        Label lineageCaption = new Label("Lineage");
        lineageCaption.getStyleClass().add("nav-caption");
        VBox side = new VBox(8, lineageCaption, lineage, details);
        side.getStyleClass().add("card");
        SplitPane split = new SplitPane(table, side);
        split.setDividerPositions(0.68);
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
        model.lineageProperty().addListener((obs, old, now) -> lineage.setText(String.join("  ←  ", now)));
        delete.disableProperty().bind(model.selectedProperty().isNull());
        export.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> model.deleteSelected());
        export.setOnAction(e -> files.exportTarget(table.getScene().getWindow(), model.suggestedExportName())
                .ifPresent(model::exportSelected));
        importButton.setOnAction(e -> files.modelToImport(table.getScene().getWindow()).ifPresent(model::importFrom));
        message.textProperty().bind(model.messageProperty());
        show(model.selectedProperty().get());
    }

    private void show(SavedModel m) {
        if (m == null) {
            details.setText("");
            lineage.setText("");
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append("Trained on ").append(m.dataFrom() == null ? "all data" : Formats.dateTime(m.dataFrom()) + " – "
                + Formats.dateTime(m.dataTo())).append('\n');
        if (m.note() != null && !m.note().isBlank()) {
            text.append(m.note()).append('\n');
        }
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
