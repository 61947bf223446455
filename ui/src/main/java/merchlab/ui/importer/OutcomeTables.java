package merchlab.ui.importer;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import merchlab.importer.Rejection;
import merchlab.ui.format.Formats;

/** After a run: one row per file with its outcome, and the rejected rows with line, reason, text and file. */
final class OutcomeTables {
    private final ImportViewModel model;
    private final TableView<FileOutcome> files = new TableView<>();
    private final TableView<Rejection> rejected = new TableView<>();

    OutcomeTables(ImportViewModel model) {
        this.model = model;
    }

    Node createView() {
        Label result = new Label();
        result.setId("importResult");
        result.getStyleClass().add("result-line");
        result.textProperty().bind(model.resultProperty());

        files.setId("importOutcomes");
        files.setItems(model.outcomes());
        column(files, "File", 170, o -> o.file().getFileName().toString());
        statusColumn(column(files, "Status", 105, FileOutcome::status));
        column(files, "Accepted", 85, o -> Formats.count(o.accepted())).getStyleClass().add("numeric");
        column(files, "Rejected", 85, o -> Formats.count(o.rejected())).getStyleClass().add("numeric");
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        files.setPrefHeight(130);
        Label failures = new Label();
        failures.setId("importFailures");
        failures.getStyleClass().add("failure-text");
        failures.setWrapText(true);
        failures.textProperty().bind(model.failuresProperty());
        failures.visibleProperty().bind(model.failuresProperty().isNotEmpty());
        failures.managedProperty().bind(failures.visibleProperty());

        rejected.setId("importRejections");
        rejected.setItems(model.rejections());
        Label none = new Label("No rows were rejected");
        none.getStyleClass().add("muted");
        rejected.setPlaceholder(none);
        column(rejected, "Line", 56, r -> Long.toString(r.line())).getStyleClass().add("numeric");
        withTooltips(column(rejected, "Reason", 250, Rejection::reason));
        withTooltips(column(rejected, "As written", 250, FileOutcome::asWritten));
        column(rejected, "File", 110, Rejection::file);
        rejected.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rejected.setPrefHeight(130);

        files.setPrefWidth(420);
        rejected.setPrefWidth(640);
        HBox.setHgrow(files, Priority.ALWAYS);
        HBox.setHgrow(rejected, Priority.ALWAYS);
        HBox tables = new HBox(12, files, rejected);
        Label where = new Label("Every rejected row is kept in the workspace: Data › Imports lists them all.");
        where.getStyleClass().add("muted");
        VBox box = new VBox(8, result, failures, tables, where);
        box.getStyleClass().add("outcomes");
        return box;
    }

    private static void statusColumn(TableColumn<FileOutcome, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    Label pill = new Label(item);
                    pill.getStyleClass().addAll("pill", "pill-" + item);
                    setGraphic(pill);
                }
            }
        });
    }

    /** Cells whose whole text shows on hover, for reasons and rows longer than their column. */
    private static <T> void withTooltips(TableColumn<T, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
    }

    private static <T> TableColumn<T, String> column(TableView<T> table, String title, double width,
                                                     Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        table.getColumns().add(column);
        return column;
    }
}
