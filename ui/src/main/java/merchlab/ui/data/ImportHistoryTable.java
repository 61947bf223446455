package merchlab.ui.data;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import merchlab.importer.ImportRun;
import merchlab.importer.Rejection;
import merchlab.ui.format.Formats;

/** The Imports tab: the latest imports, and below them the rejected rows of the chosen one. */
final class ImportHistoryTable {
    private final DataViewModel model;
    private final TableView<ImportRun> runs = new TableView<>();
    private final Label rejectedTitle = new Label();

    ImportHistoryTable(DataViewModel model) {
        this.model = model;
    }

    Node createView() {
        runs.setId("importsTable");
        runs.setItems(model.imports());
        Label none = new Label("No imports yet");
        none.getStyleClass().add("muted");
        runs.setPlaceholder(none);
        column("When (UTC)", 178, r -> Formats.dateTime(r.startedAt()));
        column("File", 260, ImportRun::file);
        column("Format", 160, ImportRun::format);
        Pills.render(column("Status", 110, r -> merchlab.ui.importer.FileOutcome.status(r.status(), r.rejected())));
        number("Accepted", 100, r -> Formats.count(r.accepted()));
        number("Rejected", 90, r -> Formats.count(r.rejected()));
        number("Took", 80, r -> r.finishedAt() == null ? "" : Formats.seconds(r.seconds()));
        column("Message", 260, ImportRun::message);

        PagedTable<Rejection> rejected = new PagedTable<>(model.rejections(), "rejections",
                "Filter rejected rows by file or reason");
        rejected.numberColumn("Line", "line", 80, r -> Long.toString(r.line()));
        rejected.column("Reason", "reason", 420, Rejection::reason);
        rejected.column("As written", null, 420, merchlab.ui.importer.FileOutcome::asWritten);
        rejected.column("File", "file", 260, Rejection::file);
        rejectedTitle.getStyleClass().add("subsection-title");
        Node rejectedTable = rejected.createView();
        VBox.setVgrow(rejectedTable, Priority.ALWAYS);
        VBox lower = new VBox(8, rejectedTitle, rejectedTable);
        SplitPane split = new SplitPane(runs, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        split.getStyleClass().add("history-split");
        initListeners();
        return split;
    }

    private void initListeners() {
        runs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectImport(now);
            }
        });
        model.selectedImportProperty().addListener((obs, old, now) -> {
            if (now != null && runs.getSelectionModel().getSelectedItem() != now) {
                runs.getSelectionModel().select(now);
            }
        });
        rejectedTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            ImportRun run = model.selectedImportProperty().get();
            return run == null ? "Rejected rows" : "Rejected rows of " + run.file() + " ("
                    + Formats.count(run.rejected()) + ")";
        }, model.selectedImportProperty()));
    }

    private TableColumn<ImportRun, String> column(String title, double width, java.util.function.Function<ImportRun, String> value) {
        TableColumn<ImportRun, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        runs.getColumns().add(column);
        return column;
    }

    private void number(String title, double width, java.util.function.Function<ImportRun, String> value) {
        column(title, width, value).getStyleClass().add("numeric");
    }
}
