package merchlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import merchlab.browse.EventRow;
import merchlab.catalog.ProductRow;
import merchlab.fixtures.SeededShop;
import merchlab.importer.Rejection;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.Theme;
import merchlab.ui.data.DataView;
import merchlab.ui.data.DataViewModel;
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
class DataViewFxTest {
    @TempDir
    static Path dir;
    static Workspace shop;
    private final RecordingProblems problems = new RecordingProblems();
    private FxTaskRunner tasks;
    private Scene scene;

    @BeforeAll
    static void shop() {
        shop = SeededShop.create(dir.resolve("shop.db"), 450, 1200, 60);
    }

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(2, problems);
        TestWorkbench workbench = new TestWorkbench(tasks, problems);
        DataViewModel model = new DataViewModel(workbench);
        scene = new Scene((javafx.scene.Parent) new DataView(model).createView(), 1280, 800);
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
    void showsTheFirstPageOfProductsAndTheFigures(FxRobot robot) {
        TableView<ProductRow> table = robot.lookup("#productsTable").queryTableView();
        FxTests.waitUntil("products are shown", () -> table.getItems().size() == 200);
        FxTests.waitUntil("figures are shown", () -> !robot.lookup("#summaryProducts").queryAs(Label.class)
                .getText().equals("…"));
        assertEquals("p0001", table.getItems().get(0).id());
        assertEquals("450", robot.lookup("#summaryProducts").queryAs(Label.class).getText());
        assertEquals("1,200", robot.lookup("#summaryEvents").queryAs(Label.class).getText());
        assertEquals("1–200 of 450", robot.lookup("#productsRange").queryAs(Label.class).getText());
        FxTests.screenshot(scene, "data-products");
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void filteringAndPagingReadTheWorkspace(FxRobot robot) {
        TableView<ProductRow> table = robot.lookup("#productsTable").queryTableView();
        FxTests.waitUntil("products are shown", () -> table.getItems().size() == 200);
        robot.clickOn("#productsNext");
        FxTests.waitUntil("the second page is shown", () -> table.getItems().get(0).id().equals("p0201"));
        assertEquals("201–400 of 450", robot.lookup("#productsRange").queryAs(Label.class).getText());
        robot.clickOn("#productsFilter").write("Trail Shoe");
        FxTests.waitUntil("only trail shoes are shown", () -> table.getItems().size() == 75
                && table.getItems().stream().allMatch(p -> p.title().contains("Trail Shoe")));
        assertEquals("1–75 of 75", robot.lookup("#productsRange").queryAs(Label.class).getText());
        FxTests.screenshot(scene, "data-products-filtered");
    }

    @Test
    void sortingByAColumnHeaderSortsTheWholeTable(FxRobot robot) {
        TableView<ProductRow> table = robot.lookup("#productsTable").queryTableView();
        FxTests.waitUntil("products are shown", () -> table.getItems().size() == 200);
        robot.clickOn(priceHeader(robot, table));
        FxTests.waitUntil("cheapest products first", () -> table.getItems().get(0).price() == 5.99);
        robot.clickOn(priceHeader(robot, table));
        FxTests.waitUntil("dearest products first", () -> table.getItems().get(0).price() == 204.99);
    }

    private static Label priceHeader(FxRobot robot, TableView<?> table) {
        return robot.from(table).lookup(".column-header .label")
                .match((Label l) -> "Price".equals(l.getText())).queryAs(Label.class);
    }

    @Test
    void theEventsTabPagesEventsInTimeOrder(FxRobot robot) {
        robot.interact(() -> robot.lookup("#dataTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        TableView<EventRow> events = robot.lookup("#eventsTable").queryTableView();
        FxTests.waitUntil("events are shown", () -> events.getItems().size() == 200);
        assertEquals(SeededShop.START, events.getItems().get(0).timestamp());
        robot.interact(() -> robot.lookup("#eventsFilter").queryAs(TextField.class).setText("purchase"));
        FxTests.waitUntil("only purchases are shown", () -> events.getItems().size() == 150
                && events.getItems().stream().allMatch(e -> e.type().equals("purchase")));
        FxTests.screenshot(scene, "data-events");
    }

    @Test
    void theImportsTabShowsRejectedRows(FxRobot robot) {
        robot.interact(() -> robot.lookup("#dataTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        TableView<Rejection> rejected = robot.lookup("#rejectionsTable").queryTableView();
        FxTests.waitUntil("rejected rows are shown", () -> rejected.getItems().size() == SeededShop.REJECTED_ROWS);
        assertEquals(1, robot.lookup("#importsTable").queryTableView().getItems().size());
        FxTests.screenshot(scene, "data-imports");
    }
}
