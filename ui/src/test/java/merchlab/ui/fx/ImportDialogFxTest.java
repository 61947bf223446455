package merchlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import merchlab.catalog.ProductRow;
import merchlab.importer.Rejection;
import merchlab.ui.CsvProductImporting;
import merchlab.ui.FilePicker;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.Theme;
import merchlab.ui.data.DataView;
import merchlab.ui.data.DataViewModel;
import merchlab.ui.importer.ImportDialog;
import merchlab.ui.importer.ImportViewModel;
import merchlab.ui.task.runner.FxTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Imports a file through the real dialog (with a small test importer) and finds its rows in the product table. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogFxTest {
    @TempDir
    Path dir;
    private final RecordingProblems problems = new RecordingProblems();
    private FxTaskRunner tasks;
    private Stage stage;
    private Scene scene;
    private Workspace workspace;
    private TestWorkbench workbench;
    private Path catalog;

    @Start
    void start(Stage primary) {
        stage = primary;
        workspace = Workspace.open(dir.resolve("shop.db"));
        catalog = CsvProductImporting.writeCatalog(dir.resolve("lamps-catalog.csv"), "lamp", 40);
        tasks = new FxTaskRunner(2, problems);
        workbench = new TestWorkbench(tasks, problems);
        scene = new Scene((javafx.scene.Parent) new DataView(new DataViewModel(workbench)).createView(), 1200, 760);
        scene.getStylesheets().add(Theme.stylesheet());
        primary.setScene(scene);
        primary.show();
        workbench.open(workspace);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private Stage openDialog(FxRobot robot) {
        FilePicker picker = new FilePicker() {
            @Override
            public List<Path> filesToImport(Window owner) {
                return List.of(catalog);
            }

            @Override
            public Optional<Path> workspaceToOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> newWorkspace(Window owner) {
                return Optional.empty();
            }
        };
        ImportViewModel model = new ImportViewModel(tasks, problems, new CsvProductImporting(10), workspace,
                summary -> workbench.dataChanged());
        Stage[] dialog = new Stage[1];
        robot.interact(() -> dialog[0] = new ImportDialog(model, picker).show(stage));
        return dialog[0];
    }

    @Test
    void anImportedFileAppearsInTheProductTable(FxRobot robot) {
        FxTests.waitUntil("the empty workspace invites an import", () -> robot.lookup("#emptyState").query().isVisible());
        FxTests.screenshot(scene, "data-empty");
        Stage dialog = openDialog(robot);
        robot.clickOn("#addImportFiles");
        FxTests.waitUntil("the preview shows the first rows", () -> robot.lookup("#importPreview").queryTableView()
                .getItems().size() == 10);
        assertTrue(robot.lookup("#importPreviewMessage").queryAs(Label.class).getText()
                .startsWith("Detected format: test-products-csv"));
        FxTests.screenshot(dialog.getScene(), "import-preview");
        FxTests.waitUntil("every file is checked", () -> !robot.lookup("#runImport").queryButton().isDisabled());
        robot.clickOn("#runImport");
        FxTests.waitUntil("the report is shown", () -> !robot.lookup("#importResult").queryAs(Label.class)
                .getText().isEmpty());
        assertEquals("Imported 40 rows from 1 file; 2 rows rejected",
                robot.lookup("#importResult").queryAs(Label.class).getText());
        TableView<Rejection> rejected = robot.lookup("#importRejections").queryTableView();
        assertEquals(List.of(new Rejection("lamps-catalog.csv", 42, "price 'abc' is not a number"),
                new Rejection("lamps-catalog.csv", 43, "missing id")), rejected.getItems());
        FxTests.screenshot(dialog.getScene(), "import-report");
        robot.clickOn("#closeImport");

        TableView<ProductRow> products = robot.lookup("#productsTable").queryTableView();
        FxTests.waitUntil("the imported rows are in the table", () -> products.getItems().size() == 40);
        robot.interact(() -> robot.lookup("#productsFilter").queryAs(TextField.class).setText("Lamp 17"));
        FxTests.waitUntil("the filter finds one imported lamp", () -> products.getItems().size() == 1
                && products.getItems().get(0).id().equals("lamp17"));
        FxTests.waitUntil("the empty-state invitation is gone", () -> !robot.lookup("#emptyState").query().isVisible());
        FxTests.screenshot(scene, "data-after-import");
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void aFileTheImporterCannotReadShowsWhyInTheDialog(FxRobot robot) throws Exception {
        catalog = java.nio.file.Files.writeString(dir.resolve("clicks.csv"), "when,who\n1,2\n");
        Stage dialog = openDialog(robot);
        robot.clickOn("#addImportFiles");
        FxTests.waitUntil("the preview says why", () -> robot.lookup("#importPreviewMessage").queryAs(Label.class)
                .getText().startsWith("Cannot read clicks.csv"));
        robot.clickOn("#kindCATALOG");
        FxTests.waitUntil("the dialog names the file it cannot import", () -> robot.lookup("#importUnreadable")
                .queryAs(Label.class).getText().equals("clicks.csv: clicks.csv has no header row starting with id"));
        assertTrue(robot.lookup("#runImport").queryButton().isDisabled(), "Import waits for a file it can read");
        assertTrue(problems.reports.isEmpty(), "a file the user chose is an answer, not a fault");
        FxTests.screenshot(dialog.getScene(), "import-bad-file");
    }
}
