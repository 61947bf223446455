package merchlab.ui.importer;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import merchlab.importer.ImportPreview;

/** The first rows of the chosen file, in columns as the detected format reads them. */
final class PreviewTable {
    private final ImportViewModel model;
    private final TableView<List<String>> table = new TableView<>();
    private final Label message = new Label();

    PreviewTable(ImportViewModel model) {
        this.model = model;
    }

    Node createView() {
        table.setId("importPreview");
        Label none = new Label("Nothing to preview");
        none.getStyleClass().add("muted");
        table.setPlaceholder(none);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPrefWidth(600); // many columns scroll sideways instead of widening the dialog
        table.setMinWidth(0);
        message.setId("importPreviewMessage");
        message.getStyleClass().add("preview-message");
        message.setWrapText(true);
        message.textProperty().bind(model.previewMessageProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, message, table);
        model.previewProperty().addListener((obs, old, now) -> show(now));
        show(model.previewProperty().get());
        return box;
    }

    private void show(ImportPreview preview) {
        table.getColumns().clear();
        if (preview == null) {
            table.getItems().clear();
            return;
        }
        for (int i = 0; i < preview.columns().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(preview.columns().get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(index < c.getValue().size()
                    ? c.getValue().get(index) : ""));
            column.setSortable(false);
            int chars = preview.columns().get(i).length();
            for (List<String> row : preview.rows()) {
                chars = Math.max(chars, i < row.size() && row.get(i) != null ? row.get(i).length() : 0);
            }
            column.setPrefWidth(Math.max(70, Math.min(320, 7.5 * chars + 28)));
            table.getColumns().add(column);
        }
        table.getItems().setAll(preview.rows());
    }
}
