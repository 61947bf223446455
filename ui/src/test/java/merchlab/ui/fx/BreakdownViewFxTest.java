package merchlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import merchlab.breakdown.Dimension;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.Theme;
import merchlab.ui.TinyShop;
import merchlab.ui.breakdown.BreakdownView;
import merchlab.ui.breakdown.BreakdownViewModel;
import merchlab.ui.task.runner.FxTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BreakdownViewFxTest {
    @TempDir
    static Path dir;
    static Workspace shop;
    private final RecordingProblems problems = new RecordingProblems();
    private FxTaskRunner tasks;
    private BreakdownViewModel model;
    private Scene scene;

    @BeforeAll
    static void shop() {
        shop = TinyShop.create(dir.resolve("shop.db"));
    }

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(2, problems);
        TestWorkbench workbench = new TestWorkbench(tasks, problems);
        model = new BreakdownViewModel(workbench);
        scene = new Scene((javafx.scene.Parent) new BreakdownView(model,
                (owner, name, extension) -> Optional.of(dir.resolve(name))).createView(), 1280, 720);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
        workbench.open(shop);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void breaksDownTheLastWeekByTwoDimensionsAndExportsItAsCsv(FxRobot robot) throws Exception {
        TableView<?> grid = robot.lookup("#breakdownGrid").queryTableView();
        TableView<?> cells = robot.lookup("#breakdownCells").queryTableView();
        FxTests.waitUntil("the grid is filled", () -> !grid.getItems().isEmpty());
        assertEquals("category \\ device", grid.getColumns().get(0).getText());
        assertEquals(model.reportProperty().get().cells().size(), cells.getItems().size());
        FxTests.screenshot(scene, "breakdowns");

        robot.interact(() -> model.columnsProperty().set(Dimension.HOUR));
        robot.clickOn("#runBreakdown");
        FxTests.waitUntil("the grid has a column per hour", () -> grid.getColumns().size() > 10);
        robot.clickOn("#exportBreakdown");
        Label message = robot.lookup("#breakdownMessage").queryAs(Label.class);
        FxTests.waitUntil("the CSV is saved", () -> message.getText().startsWith("Saved "));
        assertTrue(Files.readString(dir.resolve("breakdown.csv")).startsWith("category,hour,impressions,"));
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }
}
