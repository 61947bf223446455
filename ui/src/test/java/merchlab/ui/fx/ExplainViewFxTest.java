package merchlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import merchlab.features.FeatureGroup;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.Theme;
import merchlab.ui.TinyShop;
import merchlab.ui.explain.ExplainView;
import merchlab.ui.explain.ExplainViewModel;
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
class ExplainViewFxTest {
    @TempDir
    static Path dir;
    static Workspace shop;
    private final RecordingProblems problems = new RecordingProblems();
    private FxTaskRunner tasks;
    private ExplainViewModel model;
    private ExplainView view;
    private Scene scene;

    @BeforeAll
    static void shop() {
        shop = TinyShop.create(dir.resolve("shop.db"));
        TinyShop.trainRanker(shop);
    }

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(2, problems);
        TestWorkbench workbench = new TestWorkbench(tasks, problems);
        model = new ExplainViewModel(workbench, TinyShop.services());
        view = new ExplainView(model);
        scene = new Scene((javafx.scene.Parent) view.createView(), 1280, 800);
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
    void measuresImportanceAndOpensAProductsWaterfall(FxRobot robot) throws Exception {
        ListView<?> products = robot.lookup("#productList").queryListView();
        FxTests.waitUntil("products are listed", () -> products.getItems().size() == 150);
        robot.interact(() -> {
            model.listsProperty().unbind();
            model.repeatsProperty().unbind();
            model.listsProperty().set(30);
            model.repeatsProperty().set(3);
        });
        robot.clickOn("#measureImportance");
        TableView<?> table = robot.lookup("#importanceTable").queryTableView();
        FxTests.waitUntil("importance is measured", () -> !table.getItems().isEmpty());
        assertEquals(FeatureGroup.values().length, view.importanceChart().bars().size(), "a bar per group");

        robot.clickOn("#productFilter").write("P0001");
        FxTests.waitUntil("the list is filtered", () -> products.getItems().size() < 150);
        robot.interact(() -> products.getSelectionModel().select(2));
        robot.clickOn("#explainShopper").write("U3");
        robot.clickOn("#explainQuery").write("red shoe");
        robot.interact(() -> {
            robot.lookup("#explainDevice").<String>queryComboBox().getSelectionModel().select("mobile");
            robot.lookup("#explainHour").<String>queryComboBox().getSelectionModel().select("20:00");
        });
        assertEquals("mobile", model.visit().deviceProperty().get());
        assertEquals(20, model.visit().hourProperty().get());
        robot.clickOn("#explainProduct");
        FxTests.waitUntil("the explanation is shown", () -> model.explanationProperty().get() != null);
        ListView<?> reasons = robot.lookup("#reasonsList").queryListView();
        assertEquals(model.explanationProperty().get().reasons().size(), reasons.getItems().size());
        String message = robot.lookup("#explanationMessage").queryLabeled().getText();
        assertTrue(message.contains("completeness error"), message);
        FxTests.screenshot(scene, "explain");

        robot.clickOn("#byFeature");
        Path csv = dir.resolve("waterfall.csv");
        view.attributionChart().panel().setExportTargets((owner, name, extension) -> Optional.of(csv));
        robot.clickOn("#attributionChartCsv");
        FxTests.waitUntil("the waterfall is exported", () -> Files.exists(csv));
        String data = Files.readString(csv);
        assertTrue(data.startsWith("bar,from,to,change,low,high") && data.contains("\nbaseline,")
                && data.contains("\nscore,"), data);
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }
}
